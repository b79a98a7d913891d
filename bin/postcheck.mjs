#!/usr/bin/env node
// The `postcheck` command: runs rules/cli.ts (TypeScript) through tsx's loader,
// with the sentence judge (models/judgment/ on onnxruntime-web) loaded only when a check asks for it.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../rules/cli.ts', import.meta.url);
const loadJudge = async () => (await tsImport('../utils/judgment/node-judge.ts', import.meta.url)).loadNodeJudge();
process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }, { loadJudge });
