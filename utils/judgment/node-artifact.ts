/** Reads the committed judgment artifact from disk (the CLI, eval and bench; the extension fetches its own copy). */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Thresholds } from '../../rules/judgment/combine';
import type { JudgmentArtifact } from './onnx-judge';

export const MODEL_DIR = fileURLToPath(new URL('../../models/judgment/', import.meta.url));

export interface JudgmentMeta {
  version: string;
  categories: string[];
  thresholds?: Thresholds;
}

export function hasJudgmentModel(dir = MODEL_DIR): boolean {
  return existsSync(join(dir, 'model.onnx')) && existsSync(join(dir, 'judgment.json'));
}

/** judgment.json alone (the model's version, categories, thresholds and how it was trained). */
export function readJudgmentMeta(dir = MODEL_DIR): JudgmentMeta & { training?: { heldOutWriters?: string[] } } {
  return JSON.parse(readFileSync(join(dir, 'judgment.json'), 'utf8')) as JudgmentMeta;
}

export function readJudgmentArtifact(dir = MODEL_DIR): JudgmentArtifact & { meta: JudgmentMeta } {
  const json = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as object;
  return {
    model: readFileSync(join(dir, 'model.onnx')),
    tokenizer: json('tokenizer.json'),
    tokenizerConfig: json('tokenizer_config.json'),
    meta: json('judgment.json') as JudgmentMeta,
  };
}

/** onnxruntime-web's WASM build, from its package. */
export const nodeOrt = () => import('onnxruntime-web/wasm');

/** onnxruntime-web's .wasm files as shipped in its package (Node reads them from disk). */
export function nodeWasmPaths(): string {
  const require = createRequire(import.meta.url);
  return `${dirname(require.resolve('onnxruntime-web'))}/`;
}
