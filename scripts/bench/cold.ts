// Run as its own process by the benchmark, so nothing is loaded yet: module load and pack parse, then the first check.
import { performance } from 'node:perf_hooks';

const loadStart = performance.now();
const { check } = await import('../../rules/engine');
const { bundledPack } = await import('../../rules/packs/index');
const pack = bundledPack('alexandria');
const firstCheck = performance.now();
check('Long day. My supervisor is a lazy idiot and the memo is CONFIDENTIAL.', pack);
process.stdout.write(JSON.stringify({ loadMs: firstCheck - loadStart, firstCheckMs: performance.now() - firstCheck }));
