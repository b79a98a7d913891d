/**
 * `postcheck hash-image FILE [--shape round|square]`: the fingerprint of a
 * seal or logo for a pack's insignia rule. Decodes PNG (pngjs) and JPEG
 * (jpeg-js) — the CLI's only image dependencies; the checker itself never
 * decodes images (the extension's analysis page does, with the browser).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { MarkShape } from './images/fingerprint';
import { toGray } from './images/gray';
import { markFingerprint } from './images/insignia';
import { UsageError } from './cli-files';

interface Out {
  stdout: NodeJS.WritableStream;
}

function decode(bytes: Buffer, file: string): { width: number; height: number; data: Uint8Array } {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    const png = PNG.sync.read(bytes);
    // Transparent pixels (outside a round seal) count as white paper, as the seal would sit on a page.
    const data = Uint8Array.from(png.data);
    for (let i = 0; i < data.length; i += 4) {
      const alpha = data[i + 3]! / 255;
      for (let c = 0; c < 3; c++) data[i + c] = Math.round(data[i + c]! * alpha + 255 * (1 - alpha));
    }
    return { width: png.width, height: png.height, data };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 512 });
  throw new UsageError(`${file} is not a PNG or JPEG image`);
}

/** The fingerprint of a seal or logo image file, as a pack's insignia rule carries it. */
export function imageFingerprint(bytes: Buffer, shape: MarkShape, file = 'the image'): string {
  const image = decode(bytes, file);
  return markFingerprint(toGray(image.data, image.width, image.height), shape);
}

export function runHashImage(args: string[], io: Out): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { shape: { type: 'string', default: 'round' } } });
  const [file] = positionals;
  if (!file) throw new UsageError('hash-image needs an image file (PNG or JPEG) of the seal or logo, cropped to it');
  if (values.shape !== 'round' && values.shape !== 'square') throw new UsageError('--shape is round (seals, badges) or square (logos)');
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  const shape: MarkShape = values.shape;
  let fingerprint: string;
  try {
    fingerprint = imageFingerprint(bytes, shape, file);
  } catch (error) {
    // A truncated or corrupt image: a plain line, not the decoder's stack trace.
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${file} is not a readable PNG or JPEG image`);
  }
  io.stdout.write(`${JSON.stringify({ name: file.split('/').pop(), fingerprint, shape })}\n`);
  return 0;
}
