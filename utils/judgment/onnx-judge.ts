/**
 * The fine-tuned sentence judge on onnxruntime-web's WebAssembly backend: the
 * same code in the extension's offscreen document / background page and in
 * Node (the `postcheck` CLI, `npm run eval`, the bench). It only ever reads the
 * artifact it is handed; nothing is fetched from a model hub.
 */
import { Tokenizer } from '@huggingface/tokenizers';
import type * as OrtModule from 'onnxruntime-web/wasm';
import { encodePair, JUDGED_CATEGORIES, type EncodedUnit } from '../../rules/judgment/units';
import type { JudgeInput, UnitJudge } from '../../rules/judgment/combine';

export interface JudgmentArtifact {
  /** The int8 ONNX model's bytes. */
  model: Uint8Array;
  tokenizer: object;
  tokenizerConfig: object;
  /** judgment.json: categories the model's outputs stand for, in order. */
  meta: { version: string; categories: readonly string[] };
}

export interface OnnxJudgeOptions {
  /** The folder (a URL prefix in the extension) with ort's WebAssembly and its glue script. */
  wasmPaths?: string;
  numThreads?: number;
  /**
   * Units run through the model together (padded to the longest of them). 1 by
   * default: the int8 model quantizes activations per call, so padding beside a
   * unit would nudge its probabilities (by up to ~0.02); one at a time, every
   * caller gets the same answer for the same unit.
   */
  batchSize?: number;
}

/**
 * onnxruntime-web's WASM build, handed in by the caller: Node imports the
 * package; the extension imports its own vendored copy at run time (bundled,
 * its WebAssembly would be copied again, or inlined as base64 in Firefox's
 * background script).
 */
export type Ort = typeof OrtModule;

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Loads the artifact and answers with one probability per judged category per unit. */
export async function createOnnxJudge(ort: Ort, artifact: JudgmentArtifact, options: OnnxJudgeOptions = {}): Promise<UnitJudge & { version: string; dispose(): Promise<void> }> {
  if (artifact.meta.categories.join() !== JUDGED_CATEGORIES.join())
    throw new Error(`The judgment model's categories (${artifact.meta.categories.join(', ')}) are not the checker's.`);
  ort.env.wasm.numThreads = options.numThreads ?? 1;
  if (options.wasmPaths) ort.env.wasm.wasmPaths = options.wasmPaths;
  const session = await ort.InferenceSession.create(artifact.model, { executionProviders: ['wasm'], graphOptimizationLevel: 'all' });
  const tokenizer = new Tokenizer(artifact.tokenizer, artifact.tokenizerConfig);
  const cls = tokenizer.token_to_id('[CLS]');
  const sep = tokenizer.token_to_id('[SEP]');
  if (cls === undefined || sep === undefined) throw new Error('The judgment tokenizer has no [CLS]/[SEP] token.');
  const batchSize = Math.max(1, options.batchSize ?? 1);

  const encode = (input: JudgeInput): EncodedUnit =>
    encodePair(
      tokenizer.encode(input.sentence, { add_special_tokens: false }).ids,
      input.context ? tokenizer.encode(input.context, { add_special_tokens: false }).ids : [],
      cls,
      sep,
    );

  async function runBatch(units: EncodedUnit[]): Promise<number[][]> {
    const width = Math.max(...units.map((u) => u.ids.length));
    const ids = new BigInt64Array(units.length * width);
    const mask = new BigInt64Array(units.length * width);
    const types = new BigInt64Array(units.length * width);
    units.forEach((u, r) => {
      for (let i = 0; i < u.ids.length; i++) {
        ids[r * width + i] = BigInt(u.ids[i]!);
        mask[r * width + i] = 1n;
        types[r * width + i] = BigInt(u.types[i]!);
      }
    });
    const dims = [units.length, width];
    const out = await session.run({
      input_ids: new ort.Tensor('int64', ids, dims),
      attention_mask: new ort.Tensor('int64', mask, dims),
      token_type_ids: new ort.Tensor('int64', types, dims),
    });
    const logits = out.logits!.data as Float32Array;
    const k = JUDGED_CATEGORIES.length;
    return units.map((_, r) => Array.from(logits.subarray(r * k, (r + 1) * k), sigmoid));
  }

  const judge = async (inputs: readonly JudgeInput[]): Promise<number[][]> => {
    const encoded = inputs.map(encode);
    // Similar lengths together, so a batch pads little.
    const order = encoded.map((_, i) => i).sort((a, b) => encoded[a]!.ids.length - encoded[b]!.ids.length);
    const result: number[][] = new Array(inputs.length);
    for (let i = 0; i < order.length; i += batchSize) {
      const slice = order.slice(i, i + batchSize);
      const probs = await runBatch(slice.map((j) => encoded[j]!));
      slice.forEach((j, r) => (result[j] = probs[r]!));
    }
    return result;
  };
  return Object.assign(judge, { version: artifact.meta.version, dispose: () => session.release() });
}
