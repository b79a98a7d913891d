/**
 * Images for the photo-check tests, made here rather than downloaded: a
 * landscape (sky, sun, hills, grass — no people, no text), the pack's seal
 * composited into a photo at a chosen scale and place, GPS written into EXIF,
 * and the people photos that ship inside @vladmandic/face-api. JPEG through
 * jpeg-js (which also drops the samples' own EXIF), EXIF through piexifjs.
 */
import { readFileSync } from 'node:fs';
import jpeg from 'jpeg-js';
import piexif from 'piexifjs';
import { PNG } from 'pngjs';
import { seededRandom } from '../../scripts/seeded-random';

export interface Rgba {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A deterministic pseudo-random sequence, so every run draws the same picture. */
const random = seededRandom;

export function landscape(width = 1600, height = 1200, seed = 7): Rgba {
  const data = new Uint8Array(width * height * 4);
  const noise = random(seed);
  const ridge = (x: number, k: number) => 0.55 + 0.08 * Math.sin(x * 0.004 * k + k) + 0.04 * Math.sin(x * 0.013 * k) + 0.02 * Math.sin(x * 0.05);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const v = y / height;
      let rgb: [number, number, number] = [120 + 80 * v, 170 + 50 * v, 235];
      if (Math.hypot(x - width * 0.78, y - height * 0.2) < height * 0.07) rgb = [255, 236, 170];
      if (v > ridge(x, 1)) rgb = [90, 110, 140];
      if (v > ridge(x, 2) + 0.12) rgb = [70, 120, 60];
      if (v > 0.82) rgb = [80 + 40 * noise(), 140 + 40 * noise(), 60];
      const n = (noise() - 0.5) * 12;
      data.set([rgb[0] + n, rgb[1] + n, rgb[2] + n, 255].map((c) => Math.max(0, Math.min(255, c))), i);
    }
  return { width, height, data };
}

export function decodeJpeg(bytes: Uint8Array): Rgba {
  const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
  return { width: image.width, height: image.height, data: image.data };
}

export function encodeJpeg(image: Rgba, quality = 85): Buffer {
  return Buffer.from(jpeg.encode({ width: image.width, height: image.height, data: image.data }, quality).data);
}

export function readPng(path: string): Rgba {
  const png = PNG.sync.read(readFileSync(path));
  return { width: png.width, height: png.height, data: png.data };
}

/** A face-api sample photo (people), re-encoded so none of its own metadata (it has GPS) remains. */
export function peoplePhoto(sample = 1): Buffer {
  return encodeJpeg(decodeJpeg(readFileSync(`node_modules/@vladmandic/face-api/demo/sample${sample}.jpg`)), 90);
}

/** `mark` (RGBA, transparent outside) pasted into `photo`, `fraction` of its shorter side wide, its top-left at (fx, fy) of the free space. */
export function composite(photo: Rgba, mark: Rgba, fraction: number, fx: number, fy: number): Rgba {
  const out = { ...photo, data: Uint8Array.from(photo.data) };
  const size = Math.round(Math.min(photo.width, photo.height) * fraction);
  const ox = Math.round((photo.width - size) * fx);
  const oy = Math.round((photo.height - size) * fy);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const si = (Math.floor((y / size) * mark.height) * mark.width + Math.floor((x / size) * mark.width)) * 4;
      const alpha = mark.data[si + 3]! / 255;
      if (alpha === 0) continue;
      const di = ((oy + y) * photo.width + ox + x) * 4;
      for (let c = 0; c < 3; c++) out.data[di + c] = Math.round(mark.data[si + c]! * alpha + out.data[di + c]! * (1 - alpha));
    }
  return out;
}

export function sealPhoto(packId = 'alexandria', fraction = 0.3, base: Rgba = landscape()): Buffer {
  return encodeJpeg(composite(base, readPng(`rules/packs/${packId}/insignia/placeholder-seal.png`), fraction, 0.3, 0.6), 80);
}

function rational(value: number): [number, number][] {
  const degrees = Math.floor(value);
  const minutesFull = (value - degrees) * 60;
  const minutes = Math.floor(minutesFull);
  const seconds = Math.round((minutesFull - minutes) * 60 * 100);
  return [
    [degrees, 1],
    [minutes, 1],
    [seconds, 100],
  ];
}

/** A JPEG with the GPS position written into its EXIF, as a phone camera does. */
export function withGps(jpegBytes: Buffer, latitude: number, longitude: number): Buffer {
  const gps = {
    [piexif.GPSIFD.GPSLatitudeRef]: latitude >= 0 ? 'N' : 'S',
    [piexif.GPSIFD.GPSLatitude]: rational(Math.abs(latitude)),
    [piexif.GPSIFD.GPSLongitudeRef]: longitude >= 0 ? 'E' : 'W',
    [piexif.GPSIFD.GPSLongitude]: rational(Math.abs(longitude)),
  };
  const exif = piexif.dump({ '0th': { [piexif.ImageIFD.Make]: 'PostCheck test camera' }, GPS: gps });
  return Buffer.from(piexif.insert(exif, jpegBytes.toString('binary')), 'binary');
}
