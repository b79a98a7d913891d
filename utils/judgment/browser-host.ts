/**
 * Runs the sentence judge in an extension page (Chrome's offscreen document,
 * Firefox's background page): loads the shipped artifact on first use, keeps
 * answers per unit in memory, and unloads the model after a few idle minutes.
 */
import { cachedJudge } from '../../rules/judgment/unit-cache';
import type { JudgeInput, Thresholds } from '../../rules/judgment/combine';
import { createOnnxJudge, type Ort } from './onnx-judge';

/** Where the build puts the artifact and ort's WebAssembly (wxt.config.ts). */
export const JUDGMENT_DIR = '/judgment/';
/** onnxruntime-web's WASM build as the build copies it (wxt.config.ts): module, glue and WebAssembly. */
export const ORT_DIR = '/vendor/ort/';
const UNLOAD_AFTER_MS = 5 * 60_000;

interface Loaded {
  judge: ReturnType<typeof cachedJudge>;
  dispose(): Promise<void>;
  version: string;
  thresholds: Thresholds;
}

let loading: Promise<Loaded> | null = null;
let unloadTimer: ReturnType<typeof setTimeout> | undefined;

async function load(getURL: (path: string) => string): Promise<Loaded> {
  const read = async (name: string) => {
    const response = await fetch(getURL(`${JUDGMENT_DIR}${name}`));
    if (!response.ok) throw new Error(`the judgment model's ${name} is missing from the extension (${response.status})`);
    return response;
  };
  const [model, tokenizer, tokenizerConfig, meta] = await Promise.all([
    read('model.onnx').then(async (r) => new Uint8Array(await r.arrayBuffer())),
    read('tokenizer.json').then((r) => r.json() as Promise<object>),
    read('tokenizer_config.json').then((r) => r.json() as Promise<object>),
    read('judgment.json').then((r) => r.json() as Promise<{ version: string; categories: string[]; thresholds?: Thresholds }>),
  ]);
  if (!meta.thresholds) throw new Error('the judgment model has no thresholds');
  const ort = (await import(/* @vite-ignore */ getURL(`${ORT_DIR}ort.wasm.min.mjs`))) as Ort;
  const judge = await createOnnxJudge(ort, { model, tokenizer, tokenizerConfig, meta }, { wasmPaths: getURL(ORT_DIR) });
  return { judge: cachedJudge(judge, 1_000), dispose: judge.dispose, version: meta.version, thresholds: meta.thresholds };
}

function scheduleUnload(): void {
  clearTimeout(unloadTimer);
  unloadTimer = setTimeout(() => {
    const current = loading;
    loading = null;
    void current?.then((l) => l.dispose()).catch(() => undefined);
  }, UNLOAD_AFTER_MS);
}

export async function judgeHere(inputs: readonly JudgeInput[], getURL: (path: string) => string): Promise<{ probs: number[][]; version: string; thresholds: Thresholds }> {
  loading ??= load(getURL).catch((error: unknown) => {
    loading = null;
    throw error;
  });
  const loaded = await loading;
  scheduleUnload();
  return { probs: await loaded.judge(inputs), version: loaded.version, thresholds: loaded.thresholds };
}
