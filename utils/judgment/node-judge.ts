/** The sentence judge for Node (the `postcheck` CLI, eval, bench): the committed artifact on onnxruntime-web's WASM backend. */
import type { LoadedJudge } from '../../rules/cli';
import { cachedJudge } from '../../rules/judgment/unit-cache';
import { hasJudgmentModel, MODEL_DIR, nodeOrt, nodeWasmPaths, readJudgmentArtifact } from './node-artifact';
import { createOnnxJudge } from './onnx-judge';

export async function loadNodeJudge(dir = MODEL_DIR): Promise<LoadedJudge | null> {
  if (!hasJudgmentModel(dir)) return null;
  const artifact = readJudgmentArtifact(dir);
  if (!artifact.meta.thresholds) throw new Error(`${dir}judgment.json has no thresholds (run npm run train)`);
  const judge = await createOnnxJudge(await nodeOrt(), artifact, { wasmPaths: nodeWasmPaths() });
  return { judge: cachedJudge(judge, 2000), thresholds: artifact.meta.thresholds, version: artifact.meta.version };
}
