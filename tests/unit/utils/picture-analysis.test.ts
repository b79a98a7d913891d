/**
 * The analysis steps on real images in Node: face-api (CPU backend, weights
 * from the npm package) on its own sample photos and on a landscape; GPS read
 * from EXIF the test writes; the whole pipeline with a seal composited in.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { marksToFind } from '../../../rules/images/marks-to-find';
import { bundledPack } from '../../../rules/packs/index';
import { analyzePicture } from '../../../utils/picture-analysis/analyze';
import { createFaceCounter, type FaceCounter } from '../../../utils/picture-analysis/faces';
import { photoPosition } from '../../../utils/picture-analysis/metadata';
import { decodeJpeg, encodeJpeg, landscape, peoplePhoto, sealPhoto, withGps } from '../../support/images';

const MODEL = 'node_modules/@vladmandic/face-api/model/tiny_face_detector_model';
let countFaces: FaceCounter;

beforeAll(async () => {
  // face-api's browser bundle takes Node for a browser only when it sees these; it needs nothing else of them.
  Object.assign(globalThis, { window: globalThis, document: {} });
  const files = {
    manifest: async () => JSON.parse(readFileSync(`${MODEL}-weights_manifest.json`, 'utf8')) as unknown,
    weights: async () => {
      const bytes = readFileSync(`${MODEL}.bin`);
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    },
  };
  countFaces = (await createFaceCounter(files, ['cpu'])).count;
}, 60_000);

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('faces', () => {
  it('finds the people in face-api\'s sample photos', async () => {
    for (const sample of [2, 3, 6]) expect(await countFaces(decodeJpeg(peoplePhoto(sample))), `sample${sample}`).toBeGreaterThanOrEqual(1);
  }, 60_000);

  it('finds no face in a landscape', async () => {
    expect(await countFaces(landscape(832, 624))).toBe(0);
  }, 30_000);
});

describe('location metadata', () => {
  it('reads the GPS position a camera wrote', async () => {
    const photo = withGps(encodeJpeg(landscape(400, 300)), 32.3526, -90.8779);
    const position = await photoPosition(new Uint8Array(photo));
    expect(position?.latitude).toBeCloseTo(32.3526, 3);
    expect(position?.longitude).toBeCloseTo(-90.8779, 3);
  });

  it('says nothing for a photo without metadata, or bytes that are no image', async () => {
    expect(await photoPosition(new Uint8Array(encodeJpeg(landscape(400, 300))))).toBeNull();
    expect(await photoPosition(new TextEncoder().encode('not an image at all, just some text'))).toBeNull();
  });
});

describe('the whole analysis', () => {
  const pack = bundledPack('alexandria');
  const run = (bytes: Buffer) =>
    analyzePicture(
      { image: '', head: base64(bytes.subarray(0, 192 * 1024)), marks: marksToFind(pack), readText: false },
      { pixels: async () => decodeJpeg(bytes), countFaces, readText: async () => '' },
    );

  it('a seal composited into a landscape with GPS: the mark and the position, no faces', async () => {
    const result = await run(withGps(sealPhoto('alexandria', 0.25), 38.8, -77.04));
    expect(result).toMatchObject({ faces: 0, markRules: ['photo-city-seal'], text: '' });
    expect(result.position?.latitude).toBeCloseTo(38.8, 3);
    expect(result.timings.total).toBeGreaterThanOrEqual(0);
  }, 30_000);

  it('a plain landscape: nothing at all', async () => {
    expect(await run(encodeJpeg(landscape(1200, 900)))).toMatchObject({ faces: 0, markRules: [], position: null });
  }, 30_000);
});
