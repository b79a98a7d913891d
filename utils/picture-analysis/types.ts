/** The contract between the content script and the photo analysis (offscreen document or Firefox's background page). */
import type { Position } from '../../rules/images/geo';
import type { Mark } from '../../rules/images/insignia';

/** RGBA pixels, as a canvas or a decoder gives them. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray | Uint8Array;
}

export interface MarkSearch {
  ruleId: string;
  minSimilarity: number;
  marks: Mark[];
}

export interface AnalysisRequest {
  /** The photo, scaled down by the content script (JPEG or PNG bytes as a data: URL). */
  image: string;
  /** The first bytes of the original file, where cameras write the GPS position (base64). */
  head: string;
  marks: MarkSearch[];
  /** Whether any rule needs the words in the picture (OCR is the slow part). */
  readText: boolean;
}

export interface AnalysisResult {
  faces: number;
  markRules: string[];
  text: string;
  position: Position | null;
  /** Milliseconds per stage, for the benchmark and the diagnostics. */
  timings: Record<string, number>;
}
