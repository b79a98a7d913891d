/**
 * Perceptual fingerprint of a mark (seal, logo, badge): the image averaged down
 * to 16×16 cells, normalised for brightness and contrast, each cell kept as one
 * hex digit. Two copies of one seal — scaled, re-compressed, on a sign or a
 * letterhead — correlate above 0.8; unrelated windows of a photo rarely pass
 * 0.5. (Bit hashes such as the DCT pHash flip many bits on symmetric marks like
 * seals, whose odd frequencies are all near zero, so a graded fingerprint with
 * a correlation is used instead.) Round marks ignore the corners outside the
 * circle, so whatever surrounds a seal in a photo does not count.
 */
import { boxMean, type Integral } from './gray';

/** Cells per side of a stored fingerprint; searches first compare at COARSE cells, which forgives a window a little off the mark. */
export const GRID = 16;
export const COARSE = 8;
/** Hex digits in a fingerprint. */
export const FINGERPRINT_LENGTH = GRID * GRID;

export type MarkShape = 'round' | 'square';

/** For each grid size, the cells inside the inscribed circle. */
const INSIDE = new Map(
  [GRID, COARSE].map((grid) => {
    const mask = new Uint8Array(grid * grid);
    const c = (grid - 1) / 2;
    for (let y = 0; y < grid; y++) for (let x = 0; x < grid; x++) mask[y * grid + x] = (x - c) ** 2 + (y - c) ** 2 <= (grid / 2) ** 2 ? 1 : 0;
    return [grid, mask] as const;
  }),
);

function used(shape: MarkShape, i: number, grid: number): boolean {
  return shape === 'square' || INSIDE.get(grid)![i] === 1;
}

/** Brings cells to zero mean and unit variance over the cells the shape uses (the others become 0). */
function normalise(cells: Float32Array, shape: MarkShape, grid: number): Float32Array {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < cells.length; i++)
    if (used(shape, i, grid)) {
      sum += cells[i]!;
      count++;
    }
  const mean = sum / count;
  let variance = 0;
  for (let i = 0; i < cells.length; i++) if (used(shape, i, grid)) variance += (cells[i]! - mean) ** 2;
  const deviation = Math.sqrt(variance / count) || 1;
  for (let i = 0; i < cells.length; i++) cells[i] = used(shape, i, grid) ? (cells[i]! - mean) / deviation : 0;
  return cells;
}

/** Normalised cell values of the square window at (x, y) with side `size`, `grid` cells a side. */
export function windowCells(integral: Integral, x: number, y: number, size: number, shape: MarkShape, grid = GRID): Float32Array {
  const cells = new Float32Array(grid * grid);
  const step = size / grid;
  for (let i = 0; i < cells.length; i++) {
    if (!used(shape, i, grid)) continue;
    const x0 = x + (i % grid) * step;
    const y0 = y + Math.floor(i / grid) * step;
    cells[i] = boxMean(integral, x0, y0, x0 + step, y0 + step);
  }
  return normalise(cells, shape, grid);
}

/** Normalised cells → hex digits (each cell's z-score clipped to ±2 in 16 steps). */
export function encodeFingerprint(cells: Float32Array): string {
  let hex = '';
  for (const value of cells) hex += Math.round(((Math.max(-2, Math.min(2, value)) + 2) / 4) * 15).toString(16);
  return hex;
}

export function decodeFingerprint(hex: string, shape: MarkShape): Float32Array {
  const cells = new Float32Array(GRID * GRID);
  for (let i = 0; i < cells.length; i++) cells[i] = (Number.parseInt(hex[i] ?? '7', 16) / 15) * 4 - 2;
  // Clipping moved the mean and spread a little: normalise again so correlations stay in [-1, 1].
  return normalise(cells, shape, GRID);
}

/** A fingerprint averaged down to COARSE cells a side. */
export function coarsen(cells: Float32Array, shape: MarkShape): Float32Array {
  const factor = GRID / COARSE;
  const coarse = new Float32Array(COARSE * COARSE);
  for (let i = 0; i < cells.length; i++) {
    const x = Math.floor((i % GRID) / factor);
    const y = Math.floor(Math.floor(i / GRID) / factor);
    coarse[y * COARSE + x]! += cells[i]!;
  }
  return normalise(coarse, shape, COARSE);
}

/** Pearson correlation of two normalised fingerprints of one grid size: 1 is identical. */
export function similarity(a: Float32Array, b: Float32Array, shape: MarkShape): number {
  const grid = Math.round(Math.sqrt(a.length));
  let sum = 0;
  let count = 0;
  for (let i = 0; i < a.length; i++) {
    if (!used(shape, i, grid)) continue;
    sum += a[i]! * b[i]!;
    count++;
  }
  return sum / count;
}
