/**
 * One photo, analysed: faces, the city's marks, the words in the picture and
 * the GPS position. Environment-neutral (the browser host and the Node tests
 * pass in how to decode pixels, count faces and read text), so the same steps
 * are tested in Node and run in the offscreen document.
 */
import { toGray } from '../../rules/images/gray';
import { findMarks } from '../../rules/images/insignia';
import { photoPosition } from './metadata';
import type { FaceCounter } from './faces';
import type { AnalysisRequest, AnalysisResult, Pixels } from './types';

/** What the host provides: pixels at a size, a face counter, and OCR. */
export interface AnalysisTools {
  /** The photo's pixels with the longer side at most `maxSide`. */
  pixels(maxSide: number): Promise<Pixels>;
  countFaces: FaceCounter;
  readText(): Promise<string>;
}

const FACE_SIDE = 832;

async function timed<T>(timings: Record<string, number>, stage: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    timings[stage] = Math.round(performance.now() - start);
  }
}

export function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function analyzePicture(request: AnalysisRequest, tools: AnalysisTools): Promise<AnalysisResult> {
  const timings: Record<string, number> = {};
  const start = performance.now();
  // OCR runs in its own worker: start it first so it overlaps the rest.
  const text = request.readText ? timed(timings, 'text', () => tools.readText()) : Promise.resolve('');
  const position = await timed(timings, 'metadata', () => photoPosition(decodeBase64(request.head)));
  const facePixels = await timed(timings, 'decode', () => tools.pixels(FACE_SIDE));
  const faces = await timed(timings, 'faces', () => tools.countFaces(facePixels));
  const markRules = await timed(timings, 'insignia', async () => {
    if (!request.marks.length) return [];
    const gray = toGray(facePixels.data, facePixels.width, facePixels.height);
    return request.marks.filter((search) => findMarks(gray, search.marks, search.minSimilarity).length > 0).map((search) => search.ruleId);
  });
  const result = { faces, markRules, text: await text, position, timings };
  timings.total = Math.round(performance.now() - start);
  return result;
}
