/** The seal search on photos: found at several scales and places after JPEG re-compression, never in photos without it. */
import { describe, expect, it } from 'vitest';
import { toGray } from '../../../../rules/images/gray';
import { readFileSync } from 'node:fs';
import { imageFingerprint } from '../../../../rules/cli-images';
import { findMarks, type Mark } from '../../../../rules/images/insignia';
import { type BundledPackId, bundledPack } from '../../../../rules/packs/index';
import { composite, decodeJpeg, encodeJpeg, landscape, peoplePhoto, readPng, type Rgba } from '../../../support/images';

function sealMarks(packId: BundledPackId): Mark[] {
  const rule = bundledPack(packId).imageRules.find((r) => r.detector.kind === 'insignia');
  if (rule?.detector.kind !== 'insignia') throw new Error(`${packId} has no insignia rule`);
  return rule.detector.marks;
}

const gray = (image: Rgba) => toGray(image.data, image.width, image.height);
const recompressed = (image: Rgba, quality: number) => decodeJpeg(encodeJpeg(image, quality));

describe('insignia search', () => {
  const seal = readPng('rules/packs/alexandria/insignia/placeholder-seal.png');
  const marks = sealMarks('alexandria');
  const backgrounds: [string, Rgba][] = [
    ['landscape', landscape(1200, 900)],
    ['people photo', decodeJpeg(peoplePhoto(2))],
  ];

  it('the pack carries the fingerprint of its seal image (what `postcheck hash-image` prints)', () => {
    expect(marks[0]!.fingerprint).toBe(imageFingerprint(readFileSync('rules/packs/alexandria/insignia/placeholder-seal.png'), 'round'));
  });

  for (const [name, background] of backgrounds) {
    for (const [fraction, fx, fy] of [
      [0.6, 0.5, 0.5],
      [0.35, 0.1, 0.9],
      [0.2, 0.85, 0.15],
      [0.14, 0.4, 0.7],
    ] as const) {
      it(`finds the seal at ${fraction} of the ${name}'s height after JPEG at quality 60`, () => {
        const photo = recompressed(composite(background, seal, fraction, fx, fy), 60);
        const found = findMarks(gray(photo), marks);
        expect(found.map((m) => m.name)).toEqual([marks[0]!.name]);
        expect(found[0]!.similarity).toBeGreaterThanOrEqual(0.8);
        // It points at where the seal is.
        const size = Math.min(photo.width, photo.height) * fraction;
        expect(found[0]!.box.x * photo.width).toBeCloseTo((photo.width - size) * fx, -2);
      });
    }
    it(`finds nothing in the ${name} without the seal`, () => {
      expect(findMarks(gray(background), marks)).toEqual([]);
    });
  }

  it('finds nothing in any of face-api\'s sample photos', () => {
    for (const sample of [1, 3, 4, 5, 6]) expect(findMarks(gray(decodeJpeg(peoplePhoto(sample))), marks), `sample${sample}`).toEqual([]);
  });

  it('does not take another city\'s seal for this one at a strict threshold', () => {
    const other = readPng('rules/packs/vicksburg/insignia/placeholder-seal.png');
    const photo = recompressed(composite(landscape(1200, 900), other, 0.4, 0.5, 0.5), 80);
    expect(findMarks(gray(photo), marks, 0.95)).toEqual([]);
    expect(findMarks(gray(photo), sealMarks('vicksburg'), 0.95).length).toBe(1);
  });

  it('survives degenerate images', () => {
    expect(findMarks({ width: 4, height: 4, data: new Float32Array(16) }, marks)).toEqual([]);
    expect(findMarks({ width: 300, height: 200, data: new Float32Array(60_000).fill(128) }, marks)).toEqual([]);
  });
});
