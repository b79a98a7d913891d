import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Box } from '../../../entrypoints/content/dom/offsets';
import { placeCard } from '../../../entrypoints/content/overlay/card-placement';
import { insideViewport, intersects } from '../../../entrypoints/content/overlay/geometry';
import { type ChipSurroundings, type ControlUnder, placeChip } from '../../../entrypoints/content/overlay/placement';

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, width, height });
const viewport = { width: 1024, height: 600 };
const chip = { width: 240, height: 22 };

/** The page's controls as plain boxes: what dom/controls-at.ts finds by hit-testing in the browser. */
const controls =
  (...boxes: Box[]): ControlUnder =>
  (spot) =>
    boxes.find((b) => intersects(b, spot)) ?? null;

describe('the chip sits beside the box, never over its words or the site’s controls', () => {
  it('X: on the row of the box’s actions, left of the Post button, clear of the photo button', () => {
    const around: ChipSurroundings = { box: box(200, 100, 568, 56), text: box(200, 100, 500, 28), submit: box(700, 173, 68, 35), viewport };
    const spot = placeChip(chip, around, controls(box(216, 180, 180, 20)));
    expect(spot.left + spot.width).toBeLessThanOrEqual(700);
    expect(spot.top + spot.height / 2).toBeCloseTo(173 + 35 / 2);
    for (const other of [around.box, around.text as Box, around.submit as Box, box(216, 180, 180, 20)]) expect(intersects(spot, other)).toBe(false);
  });

  it('LinkedIn: steps left past the other actions beside Post ("Add media")', () => {
    const addMedia = box(560, 233, 80, 30);
    const around: ChipSurroundings = { box: box(200, 100, 520, 120), text: box(200, 100, 520, 50), submit: box(650, 233, 70, 30), viewport };
    const spot = placeChip(chip, around, controls(addMedia));
    expect(spot.left + spot.width).toBeLessThanOrEqual(addMedia.left);
    expect(intersects(spot, addMedia)).toBe(false);
  });

  it('Facebook: the Post button spans the box, so the chip goes just below the box’s bottom edge, clear of it', () => {
    const around: ChipSurroundings = { box: box(200, 130, 616, 140), text: box(200, 130, 616, 140), submit: box(200, 299, 616, 34), viewport };
    const spot = placeChip(chip, around, controls());
    expect(spot.top).toBeGreaterThanOrEqual(270);
    expect(intersects(spot, around.submit as Box)).toBe(false);
    expect(spot.left + spot.width).toBeCloseTo(816);
  });

  it('a box at the bottom of the window: above its top edge', () => {
    const around: ChipSurroundings = { box: box(200, 520, 600, 78), text: box(200, 520, 600, 78), submit: null, viewport };
    const spot = placeChip(chip, around, controls());
    expect(spot.top + spot.height).toBeLessThanOrEqual(520);
  });

  it('in the box’s empty corner only when nowhere outside it is free, and never over the words', () => {
    const around: ChipSurroundings = { box: box(0, 10, 1024, 580), text: box(0, 10, 600, 60), submit: null, viewport };
    const spot = placeChip(chip, around, controls());
    expect(insideViewport(spot, viewport)).toBe(true);
    expect(intersects(spot, around.text as Box)).toBe(false);
  });

  it('stays inside the window whatever the box', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200, max: 900 }), fc.integer({ min: -200, max: 560 }), fc.integer({ min: 40, max: 1200 }), fc.integer({ min: 20, max: 800 }), (left, top, width, height) => {
        const spot = placeChip(chip, { box: box(left, top, width, height), text: null, submit: null, viewport }, controls());
        expect(insideViewport(spot, viewport)).toBe(true);
      }),
    );
  });
});

describe('the hover card is placed from its measured size', () => {
  const card = { width: 370, height: 220 };

  it('goes below the words when it fits, above when the window ends first', () => {
    expect(placeCard(box(100, 100, 60, 20), card, viewport, [])).toEqual({ left: 100, top: 126, height: 220 });
    const above = placeCard(box(100, 450, 60, 20), card, viewport, []);
    expect(above.top + above.height).toBeLessThanOrEqual(450);
    expect(above.height).toBe(220);
  });

  it('a card taller than the room below (it grew to 60vh) flips above rather than running off screen', () => {
    const tall = { width: 370, height: 360 };
    const placed = placeCard(box(100, 300, 60, 20), tall, viewport, []);
    expect(placed.top).toBeGreaterThanOrEqual(0);
    expect(placed.top + placed.height).toBeLessThanOrEqual(300);
  });

  it('never covers the site’s Post button or the chip: flips, moves aside, or scrolls', () => {
    const post = box(80, 300, 616, 34);
    const status = box(560, 274, 240, 22);
    const placed = placeCard(box(100, 140, 60, 30), card, viewport, [post, status]);
    const drawn = box(placed.left, placed.top, card.width, placed.height);
    expect(intersects(drawn, post)).toBe(false);
    expect(intersects(drawn, status)).toBe(false);
    expect(insideViewport(drawn, viewport)).toBe(true);
  });

  it('with no side tall enough, takes the roomiest and scrolls, still inside the window', () => {
    const small = { width: 1024, height: 300 };
    const placed = placeCard(box(100, 150, 60, 30), { width: 370, height: 500 }, small, [box(0, 280, 1024, 20)]);
    expect(placed.height).toBeLessThan(500);
    expect(placed.top).toBeGreaterThanOrEqual(0);
    expect(placed.top + placed.height).toBeLessThanOrEqual(300);
  });

  it('inside the window, and clear of the words and obstacles whenever it is shown whole (any anchor, any obstacles)', () => {
    const arbBox = fc.record({ left: fc.integer({ min: 0, max: 1000 }), top: fc.integer({ min: 0, max: 580 }), width: fc.integer({ min: 5, max: 400 }), height: fc.integer({ min: 5, max: 60 }) });
    fc.assert(
      fc.property(arbBox, fc.array(arbBox, { maxLength: 3 }), fc.integer({ min: 60, max: 700 }), (anchor, obstacles, height) => {
        const placed = placeCard(anchor, { width: 370, height }, viewport, obstacles);
        const drawn = box(placed.left, placed.top, 370, placed.height);
        expect(insideViewport(drawn, viewport)).toBe(true);
        if (placed.height === height) {
          expect(intersects(drawn, anchor)).toBe(false);
          for (const o of obstacles) expect(intersects(drawn, o)).toBe(false);
        }
      }),
    );
  });
});
