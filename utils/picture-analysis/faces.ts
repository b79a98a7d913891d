/**
 * Counts faces with face-api's Tiny Face Detector (weights ship in the
 * @vladmandic/face-api package and are copied into the extension: nothing is
 * fetched from a model hub). Loaded on first use only.
 */
import type { Pixels } from './types';

type FaceApi = typeof import('@vladmandic/face-api/dist/face-api.esm.js');

export interface FaceModelFiles {
  /** The weights manifest (tiny_face_detector_model-weights_manifest.json). */
  manifest(): Promise<unknown>;
  /** The weights (tiny_face_detector_model.bin). */
  weights(): Promise<ArrayBuffer>;
  /** URL of the folder holding tfjs's WebAssembly binaries (browser only; the wasm backend is skipped without it). */
  wasmDirectory?: string;
}

/** The detector's input size: 416 finds faces down to about 1/20 of the picture's width. */
const INPUT_SIZE = 416;
const MIN_SCORE = 0.5;

export type FaceCounter = (pixels: Pixels) => Promise<number>;

/** Part of the bundled tfjs that face-api's type declarations leave out. */
interface TfBackends {
  setBackend(name: string): Promise<boolean>;
  ready(): Promise<void>;
  setWasmPaths(prefix: string): void;
  env(): { set(flag: string, value: boolean): void };
}

interface WeightSpec {
  name: string;
  shape: number[];
  dtype: 'float32' | 'int32';
}

function weightSpecs(manifest: unknown): WeightSpec[] {
  if (!Array.isArray(manifest)) throw new Error('face model manifest is not a list');
  return manifest.flatMap((group: { weights?: WeightSpec[] }) => group.weights ?? []);
}

/**
 * Loads face-api on the first tfjs backend that starts and returns a face counter.
 * WebAssembly (SIMD) is about twice as fast as plain JavaScript on a CPU and
 * needs no GPU; WebGL is not tried, since city machines and headless browsers
 * often run it in software, where it is slower still.
 */
export async function createFaceCounter(files: FaceModelFiles, backends: readonly string[] = ['wasm', 'cpu']): Promise<{ count: FaceCounter; backend: string }> {
  const faceapi: FaceApi = await import('@vladmandic/face-api/dist/face-api.esm.js');
  const tf = faceapi.tf;
  const engine = faceapi.tf as unknown as TfBackends;
  let backend = '';
  if (files.wasmDirectory) {
    engine.setWasmPaths(files.wasmDirectory);
    // Threads would start blob: workers, which the extension's CSP forbids (and which loop on failure).
    engine.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  }
  for (const name of backends) {
    if (name === 'wasm' && !files.wasmDirectory) continue;
    try {
      if (await engine.setBackend(name)) {
        await engine.ready();
        backend = name;
        break;
      }
    } catch {
      // try the next backend (headless browsers may have no WebGL)
    }
  }
  if (!backend) throw new Error('no TensorFlow.js backend could start');
  const [manifest, weights] = await Promise.all([files.manifest(), files.weights()]);
  faceapi.nets.tinyFaceDetector.loadFromWeightMap(tf.io.decodeWeights(weights, weightSpecs(manifest)));
  const options = new faceapi.TinyFaceDetectorOptions({ inputSize: INPUT_SIZE, scoreThreshold: MIN_SCORE });

  const count: FaceCounter = async ({ width, height, data }) => {
    const rgb = new Uint8Array(width * height * 3);
    for (let i = 0, j = 0; i < data.length; i += 4) {
      rgb[j++] = data[i]!;
      rgb[j++] = data[i + 1]!;
      rgb[j++] = data[i + 2]!;
    }
    const input = tf.tensor3d(rgb, [height, width, 3], 'int32');
    try {
      const detections = await faceapi.detectAllFaces(input, options);
      return detections.length;
    } finally {
      input.dispose();
    }
  };
  return { count, backend };
}
