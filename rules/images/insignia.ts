/**
 * Finds a known mark (the city's seal or logo) anywhere in a photo: square
 * windows at several sizes slide over the image, each is fingerprinted
 * (fingerprint.ts) and compared with the marks. Windows that come close are
 * then nudged in position and size to line up with the mark before the final
 * decision, so a seal on a sign, a sleeve or a letterhead is found at any
 * scale from the whole picture down to about an eighth of its shorter side.
 */
import { COARSE, coarsen, decodeFingerprint, encodeFingerprint, type MarkShape, similarity, windowCells } from './fingerprint';
import { downscale, type GrayImage, type Integral, integralOf } from './gray';

export interface Mark {
  name: string;
  /** The mark's fingerprint (256 hex digits) from `postcheck hash-image`. */
  fingerprint: string;
  shape: MarkShape;
}

export interface MarkMatch {
  name: string;
  /** Correlation with the mark, 0–1. */
  similarity: number;
  /** Where the mark is, as fractions of the searched image's width and height. */
  box: { x: number; y: number; size: number };
}

/** The search works on this many pixels along the longer side (a seal an eighth as wide as the picture is tall is still 32+ pixels). */
const SEARCH_SIDE = 400;
const MIN_WINDOW = 32;
const SCALE_STEP = 0.88;
/** A window this similar is worth lining up; after lining up, this similar is a match. */
const CANDIDATE_SIMILARITY = 0.6;
export const DEFAULT_MIN_SIMILARITY = 0.8;
const MAX_CANDIDATES = 24;

interface Candidate {
  mark: number;
  similarity: number;
  x: number;
  y: number;
  size: number;
}

interface ParsedMark {
  cells: Float32Array;
  coarse: Float32Array;
  shape: MarkShape;
}

function compare(integral: Integral, mark: ParsedMark, x: number, y: number, size: number): number {
  return similarity(windowCells(integral, x, y, size, mark.shape), mark.cells, mark.shape);
}

/** Moves and resizes a candidate window in shrinking steps while that makes it more like its mark. */
function lineUp(integral: Integral, mark: ParsedMark, start: Candidate): Candidate {
  let best = start;
  for (let step = start.size / 8; step >= 0.75; step /= 2) {
    let improved = true;
    while (improved) {
      improved = false;
      for (const [dx, dy, ds] of [[-1, 0, 0], [1, 0, 0], [0, -1, 0], [0, 1, 0], [-0.5, -0.5, 1], [0.5, 0.5, -1]] as const) {
        const size = best.size + ds * step;
        const x = best.x + dx * step;
        const y = best.y + dy * step;
        if (size < MIN_WINDOW / 2 || x < 0 || y < 0 || x + size > integral.width || y + size > integral.height) continue;
        const score = compare(integral, mark, x, y, size);
        if (score > best.similarity) {
          best = { ...best, similarity: score, x, y, size };
          improved = true;
        }
      }
    }
  }
  return best;
}

/** The marks found in the image, most similar first; empty when none reaches `minSimilarity`. */
export function findMarks(image: GrayImage, marks: readonly Mark[], minSimilarity = DEFAULT_MIN_SIMILARITY): MarkMatch[] {
  if (!marks.length || image.width < 8 || image.height < 8) return [];
  const small = downscale(image, SEARCH_SIDE);
  const integral = integralOf(small);
  const parsed: ParsedMark[] = marks.map((mark) => {
    const cells = decodeFingerprint(mark.fingerprint, mark.shape);
    return { cells, coarse: coarsen(cells, mark.shape), shape: mark.shape };
  });
  const candidates: Candidate[] = [];
  for (let size = Math.min(small.width, small.height); size >= MIN_WINDOW; size *= SCALE_STEP) {
    const stride = Math.max(2, size / 8);
    for (let y = 0; y + size <= small.height + 0.5; y += stride)
      for (let x = 0; x + size <= small.width + 0.5; x += stride) {
        const windows = new Map<MarkShape, Float32Array>();
        parsed.forEach((mark, index) => {
          let cells = windows.get(mark.shape);
          if (!cells) windows.set(mark.shape, (cells = windowCells(integral, x, y, size, mark.shape, COARSE)));
          const score = similarity(cells, mark.coarse, mark.shape);
          if (score >= CANDIDATE_SIMILARITY) candidates.push({ mark: index, similarity: score, x, y, size });
        });
      }
  }
  candidates.sort((a, b) => b.similarity - a.similarity);
  const found = new Map<number, MarkMatch>();
  for (const candidate of candidates.slice(0, MAX_CANDIDATES)) {
    if (found.has(candidate.mark)) continue;
    const mark = parsed[candidate.mark]!;
    const fine = { ...candidate, similarity: compare(integral, mark, candidate.x, candidate.y, candidate.size) };
    const lined = lineUp(integral, mark, fine);
    if (lined.similarity < minSimilarity) continue;
    found.set(candidate.mark, {
      name: marks[candidate.mark]!.name,
      similarity: Math.round(lined.similarity * 1000) / 1000,
      box: { x: lined.x / small.width, y: lined.y / small.height, size: lined.size / small.width },
    });
  }
  return [...found.values()].sort((a, b) => b.similarity - a.similarity);
}

/** The fingerprint of a whole image (its centred square) as a mark: what `postcheck hash-image` prints. */
export function markFingerprint(image: GrayImage, shape: MarkShape): string {
  const small = downscale(image, 256);
  const side = Math.min(small.width, small.height);
  return encodeFingerprint(windowCells(integralOf(small), (small.width - side) / 2, (small.height - side) / 2, side, shape));
}
