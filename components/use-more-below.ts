/**
 * Whether a scrolling element holds more than it shows (`overflows`) and whether some of it is still below its
 * bottom edge (`below`), for a visible "scroll for more" cue.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

export interface Overflow {
  overflows: boolean;
  below: boolean;
}

// 2 px of slack: fractional layout leaves a list scrolled to its end a pixel short.
const SLACK = 2;

export function useMoreBelow(ref: RefObject<HTMLElement | null>): Overflow {
  const [state, setState] = useState<Overflow>({ overflows: false, below: false });
  useLayoutEffect(() => {
    const list = ref.current;
    if (!list) return;
    const check = () => {
      const overflows = list.scrollHeight > list.clientHeight + SLACK;
      const below = overflows && list.scrollTop + list.clientHeight < list.scrollHeight - SLACK;
      setState((old) => (old.overflows === overflows && old.below === below ? old : { overflows, below }));
    };
    check();
    list.addEventListener('scroll', check, { passive: true });
    // Its size and its content's (a photo's notes arriving, a clause opened) change what fits.
    const observer = new ResizeObserver(check);
    observer.observe(list);
    for (const child of list.children) observer.observe(child);
    return () => {
      list.removeEventListener('scroll', check);
      observer.disconnect();
    };
  }, []);
  return state;
}
