#!/usr/bin/env node
// The `postcheck` command: runs rules/cli.ts (TypeScript) through tsx's loader.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../rules/cli.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
