/**
 * Runs the photo analysis in an extension page (Chrome's offscreen document,
 * Firefox's background page): pixels from createImageBitmap, faces with
 * face-api, words with tesseract.js in its own worker. Every model and script
 * is one of the extension's own files; nothing is fetched from the network.
 * The models load on the first photo and OCR's worker stops when idle.
 */
import { type Block, createWorker, OEM, PSM, type Worker as OcrWorker } from 'tesseract.js';
import { analyzePicture, decodeBase64 } from './analyze';
import { createFaceCounter, type FaceCounter } from './faces';
import type { AnalysisRequest, AnalysisResult, Pixels } from './types';

/** Where the build puts the vendored files (see wxt.config.ts). */
export const VENDOR = {
  ocrWorker: '/vendor/tesseract/worker.min.js',
  ocrCore: '/vendor/tesseract/tesseract-core-simd-lstm.wasm.js',
  ocrLanguages: '/vendor/tesseract',
  faceManifest: '/vendor/face-api/tiny_face_detector_model-weights_manifest.json',
  faceWeights: '/vendor/face-api/tiny_face_detector_model.bin',
  tfjsWasm: '/vendor/tfjs/',
} as const;

const OCR_IDLE_MS = 60_000;
/** OCR reads the photo at this size: enough for a memo page or a patch, and 4× faster than a full 12 MP frame. */
const OCR_SIDE = 2000;

let faces: Promise<{ count: FaceCounter; backend: string }> | null = null;
let ocr: Promise<OcrWorker> | null = null;
let ocrIdle: ReturnType<typeof setTimeout> | undefined;

function ownFile(path: string, url: (path: string) => string): Promise<Response> {
  return fetch(url(path)).then((response) => {
    if (!response.ok) throw new Error(`missing extension file ${path}`);
    return response;
  });
}

function faceCounter(url: (path: string) => string) {
  faces ??= createFaceCounter({
    manifest: () => ownFile(VENDOR.faceManifest, url).then((r) => r.json()),
    weights: () => ownFile(VENDOR.faceWeights, url).then((r) => r.arrayBuffer()),
    wasmDirectory: url(VENDOR.tfjsWasm),
  }).catch((error: unknown) => {
    faces = null; // let the next photo try again
    throw error;
  });
  return faces;
}

function ocrWorker(url: (path: string) => string): Promise<OcrWorker> {
  clearTimeout(ocrIdle);
  ocr ??= createWorker('eng', OEM.LSTM_ONLY, {
    workerPath: url(VENDOR.ocrWorker),
    corePath: url(VENDOR.ocrCore),
    langPath: url(VENDOR.ocrLanguages),
    workerBlobURL: false,
    gzip: true,
    // Language data comes from the extension each time; nothing is written to IndexedDB.
    cacheMethod: 'none',
  }).then(async (worker) => {
    await worker.setParameters({ tessedit_pageseg_mode: PSM.SPARSE_TEXT });
    return worker;
  });
  ocr.catch(() => (ocr = null));
  return ocr;
}

function releaseOcrLater(): void {
  clearTimeout(ocrIdle);
  ocrIdle = setTimeout(() => {
    const worker = ocr;
    ocr = null;
    void worker?.then((w) => w.terminate()).catch(() => undefined);
  }, OCR_IDLE_MS);
}

/** Words OCR is sure of, line by line: photos of people and places otherwise yield stray letters from edges and leaves. */
const MIN_WORD_CONFIDENCE = 60;

function confidentText(blocks: Block[]): string {
  const lines: string[] = [];
  for (const block of blocks)
    for (const paragraph of block.paragraphs)
      for (const line of paragraph.lines) {
        const words = line.words.filter((word) => word.confidence >= MIN_WORD_CONFIDENCE && /[\p{L}\p{N}]{2,}/u.test(word.text)).map((word) => word.text);
        if (words.length) lines.push(words.join(' '));
      }
  return lines.join('\n');
}

async function scaled(bitmap: ImageBitmap, maxSide: number): Promise<OffscreenCanvas> {
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const canvas = new OffscreenCanvas(Math.max(1, Math.round(bitmap.width * scale)), Math.max(1, Math.round(bitmap.height * scale)));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return canvas;
}

function pixelsOf(canvas: OffscreenCanvas): Pixels {
  const context = canvas.getContext('2d')!;
  const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
  return { data, width, height };
}

/** Analyses one photo; `url` maps an extension path to its full URL (runtime.getURL). */
export async function analyzeHere(request: AnalysisRequest, url: (path: string) => string): Promise<AnalysisResult> {
  const comma = request.image.indexOf(',');
  const type = /^data:([^;,]+)/.exec(request.image)?.[1] ?? 'image/jpeg';
  const blob = new Blob([decodeBase64(request.image.slice(comma + 1)) as Uint8Array<ArrayBuffer>], { type });
  const bitmap = await createImageBitmap(blob);
  try {
    const counter = await faceCounter(url);
    return await analyzePicture(request, {
      pixels: async (maxSide) => pixelsOf(await scaled(bitmap, maxSide)),
      countFaces: counter.count,
      readText: async () => {
        const worker = await ocrWorker(url);
        try {
          const image = await (await scaled(bitmap, OCR_SIDE)).convertToBlob({ type: 'image/png' });
          const { data } = await worker.recognize(image, {}, { blocks: true });
          return confidentText(data.blocks ?? []);
        } finally {
          releaseOcrLater();
        }
      },
    });
  } finally {
    bitmap.close();
  }
}
