import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Base64 SubjectPublicKeyInfo of the extension's signing key: gives a fixed extension ID. */
const manifestKey = readFileSync('keys/manifest-key.b64', 'utf8').trim();

/**
 * The extension's own pages (and its service worker) run only their own
 * scripts, embed nothing, submit no forms and cannot be framed by a site. They
 * connect only to the extension's own files and to https:// (the pack address
 * IT configures, which the updater also holds to https://; utils/pack-url.ts);
 * builds other than the shipped one may also reach a test server on this
 * machine over http, and the dev server's live reload.
 */
function extensionPagesCsp(mode: string): string {
  const local = mode === 'production' ? '' : ' http://127.0.0.1:* http://localhost:* ws://localhost:*';
  return `script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; connect-src 'self' https:${local}`;
}

/**
 * The photo analysis's models and OCR engine, copied from their npm packages
 * into the extension (nothing is fetched at run time): face-api's Tiny Face
 * Detector weights, tfjs's WebAssembly backend, tesseract.js's worker, its SIMD LSTM core and the English
 * "best_int" language data; and the sentence judge's runtime and model.
 */
const VENDORED_FILES: Record<string, string> = {
  'vendor/face-api/tiny_face_detector_model-weights_manifest.json': 'node_modules/@vladmandic/face-api/model/tiny_face_detector_model-weights_manifest.json',
  'vendor/face-api/tiny_face_detector_model.bin': 'node_modules/@vladmandic/face-api/model/tiny_face_detector_model.bin',
  'vendor/tfjs/tfjs-backend-wasm.wasm': 'node_modules/@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm',
  'vendor/tfjs/tfjs-backend-wasm-simd.wasm': 'node_modules/@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm',
  'vendor/tesseract/worker.min.js': 'node_modules/tesseract.js/dist/worker.min.js',
  'vendor/tesseract/tesseract-core-simd-lstm.wasm.js': 'node_modules/tesseract.js-core/tesseract-core-simd-lstm.wasm.js',
  'vendor/tesseract/eng.traineddata.gz': 'node_modules/@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz',
  // The sentence judge: onnxruntime-web's single-threaded SIMD WebAssembly and the committed model artifact (training/).
  'vendor/ort/ort.wasm.min.mjs': 'node_modules/onnxruntime-web/dist/ort.wasm.min.mjs',
  'vendor/ort/ort-wasm-simd-threaded.mjs': 'node_modules/onnxruntime-web/dist/ort-wasm-simd-threaded.mjs',
  'vendor/ort/ort-wasm-simd-threaded.wasm': 'node_modules/onnxruntime-web/dist/ort-wasm-simd-threaded.wasm',
  'judgment/model.onnx': 'models/judgment/model.onnx',
  'judgment/tokenizer.json': 'models/judgment/tokenizer.json',
  'judgment/tokenizer_config.json': 'models/judgment/tokenizer_config.json',
  'judgment/judgment.json': 'models/judgment/judgment.json',
};

export default defineConfig({
  // Explicit imports everywhere, so each file shows what it depends on.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const [relativeDest, source] of Object.entries(VENDORED_FILES)) files.push({ relativeDest, absoluteSrc: resolve(source) });
    },
  },
  zip: {
    // The private signing key never leaves the machine it was made on, not even in the sources zip.
    excludeSources: ['keys/*.pem', '**/*.pem', 'demo-output/**', 'test-results/**', 'tests/fixtures/sites/dist/**'],
  },
  manifest: ({ browser, mode }) => ({
    // Name and description in the browser's language (public/_locales/<language>/messages.json), for the store listing and the browser's pages.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // storage: the per-tab findings live in storage.session (memory only) so the popup can show them.
    // alarms: the rule-pack updater's schedule, which must survive the service worker sleeping.
    // offscreen (Chrome): the document that analyses attached photos (models, OCR worker) away from the sites' pages.
    permissions: ['storage', 'alarms', ...(browser === 'chrome' ? ['offscreen'] : [])],
    action: { default_title: '__MSG_extName__' },
    content_security_policy: { extension_pages: extensionPagesCsp(mode) },
    // IT's enterprise policy for PostCheck (Chromium-based browsers read it through storage.managed).
    ...(browser === 'chrome' ? { key: manifestKey, storage: { managed_schema: 'managed_schema.json' } } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'postcheck@postcheck.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
