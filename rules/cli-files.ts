/**
 * Files the `postcheck` command reads and writes. Errors are in plain words
 * and never quote a file's contents (pointed at a key or a password file, the
 * command must not print it); new files are created exclusively, never over
 * an existing file or through a symbolic link.
 */
import { lstatSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseJson } from './json-text';

export { parseJson };

/** A mistake in how the command was called or what it was given: printed as one line, exit 2. */
export class UsageError extends Error {}

const reasonOf = (error: unknown): string => {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'EEXIST':
      return 'it already exists';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    default:
      return (error as NodeJS.ErrnoException).code ?? 'it cannot be used';
  }
};

export function readFile(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${reasonOf(error)}`);
  }
}

/** A public key given as base64 on the command line, or as a file holding it. */
export function readPublicKey(spec: string): string {
  return occupied(spec) ? readFile(spec).toString('utf8').trim() : spec.trim();
}

/** UTF-8 exactly as the extension decodes it (invalid bytes are an error, not replaced); null when it is not. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function readJsonFile(file: string): unknown {
  const text = decodeUtf8(readFile(file));
  if (text === null) throw new UsageError(`${file} is not valid UTF-8 text`);
  const parsed = parseJson(text);
  if (!parsed.ok) throw new UsageError(`${file} cannot be read: ${parsed.problem}`);
  return parsed.value;
}

/** The folder, created (owner-only) when it is missing; a plain error when it cannot be. */
export function ensureFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new UsageError(`Cannot create the folder ${dir}: ${reasonOf(error)}`);
  }
}

/** True when something — a file, a folder, a symbolic link even to nothing — is at `file`. */
export function occupied(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/** The same file on disk (through links, hard or symbolic). */
export function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}

/**
 * Writes a new file: never over an existing one and never through a symbolic
 * link (O_EXCL), unless `replace`, which removes what is there first (the link
 * itself, not what it points to).
 */
export function writeNewFile(file: string, data: string, options: { mode?: number; replace?: boolean } = {}): void {
  try {
    if (options.replace && occupied(file)) unlinkSync(file);
    writeFileSync(file, data, { flag: 'wx', mode: options.mode ?? 0o644 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const folder = path.dirname(file);
    if (code === 'ENOENT' && !occupied(folder)) throw new UsageError(`Cannot write ${file}: the folder ${folder} does not exist`);
    throw new UsageError(`Cannot write ${file}: ${reasonOf(error)}`);
  }
}
