/** Runs the `postcheck` command through its main() with in-memory streams. */
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../../rules/cli';

export async function runCli(args: string[], stdin = '') {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d) => (stdout += d));
  err.on('data', (d) => (stderr += d));
  const code = await main(args, { stdin: Readable.from([stdin]), stdout: out, stderr: err });
  return { code, stdout, stderr };
}
