/**
 * The card shown while the pointer rests on a highlight. It is drawn hidden,
 * measured, then placed (card-placement.ts) clear of the chips and the sites'
 * Post buttons, inside the window; placed again whenever it grows ("What the
 * policy says" opened) or the page moves. Where it had to be shortened, it
 * scrolls, and its bottom edge fades while there is more below.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { STRINGS } from '../../../components/strings';
import { useMoreBelow } from '../../../components/use-more-below';
import type { Box } from '../dom/offsets';
import { type CardPlace, placeCard } from './card-placement';
import type { Size } from './geometry';
import { viewportNow } from './layout';

export interface HoverCardProps {
  /** The highlighted words' box the card belongs to. */
  anchor: Box;
  /** What the card must not cover besides the chips (read from the overlay itself): the sites' Post buttons. */
  obstacles: readonly Box[];
  /** The pointer is on the card: keep it open. */
  onHold(hold: boolean): void;
  children: ComponentChildren;
}

/** Every chip with its hint, as drawn now. */
function chipBoxes(card: HTMLElement): Box[] {
  const root = card.getRootNode();
  if (!(root instanceof ShadowRoot || root instanceof Document)) return [];
  return [...root.querySelectorAll('.status')].map((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  });
}

const samePlace = (a: CardPlace | null, b: CardPlace) => a !== null && a.left === b.left && a.top === b.top && a.height === b.height;

export function HoverCard({ anchor, obstacles, onHold, children }: HoverCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<Size | null>(null);
  const [place, setPlace] = useState<CardPlace | null>(null);
  // Shortened to fit, the card scrolls: its bottom edge fades while more of it is below.
  const more = useMoreBelow(ref);

  // Its full height (scrollHeight: what it would be with no limit), now and whenever its content changes size.
  useLayoutEffect(() => {
    const card = ref.current;
    if (!card) return;
    const measure = () => {
      const width = card.offsetWidth;
      const height = card.scrollHeight + card.offsetHeight - card.clientHeight;
      setSize((old) => (old && old.width === width && old.height === height ? old : { width, height }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    for (const child of card.children) observer.observe(child);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const card = ref.current;
    if (!card || !size) return;
    const next = placeCard(anchor, size, viewportNow(), [...obstacles, ...chipBoxes(card)]);
    setPlace((old) => (samePlace(old, next) ? old : next));
  });

  const style = place ? { left: `${place.left}px`, top: `${place.top}px`, maxHeight: `${place.height}px` } : { left: '0px', top: '0px', visibility: 'hidden' };
  return (
    <div ref={ref} class={`card${more.below ? ' card--more' : ''}`} role="group" aria-label={STRINGS.cardLabel} style={style} onMouseEnter={() => onHold(true)} onMouseLeave={() => onHold(false)}>
      {children}
    </div>
  );
}
