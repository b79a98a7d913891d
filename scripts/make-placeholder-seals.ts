/**
 * Draws the stand-in seals the bundled packs carry until a city supplies its
 * own (the real seals are not in the policy files and nothing may be fetched).
 * Each is a round badge with rings, a star and a band of "lettering" ticks,
 * different per city, so the insignia check has a real mark to find. Writes
 * rules/packs/<id>/insignia/placeholder-seal.png and prints the fingerprint to put
 * in the pack (what `postcheck hash-image` prints).
 *
 *   npx tsx scripts/make-placeholder-seals.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

import { imageFingerprint } from '../rules/cli-images';

interface SealDesign {
  points: number;
  ticks: number;
  ink: [number, number, number];
  paper: [number, number, number];
  innerRing: number;
}

const DESIGNS: Record<string, SealDesign> = {
  alexandria: { points: 5, ticks: 28, ink: [24, 46, 110], paper: [236, 222, 170], innerRing: 0.62 },
  'el-paso': { points: 6, ticks: 36, ink: [120, 30, 30], paper: [245, 235, 215], innerRing: 0.58 },
  vicksburg: { points: 8, ticks: 22, ink: [30, 80, 40], paper: [240, 240, 230], innerRing: 0.66 },
  template: { points: 7, ticks: 32, ink: [40, 40, 40], paper: [230, 230, 235], innerRing: 0.6 },
};

export const SEAL_SIZE = 256;

/** RGBA pixels of a seal: transparent outside the circle. */
export function drawSeal(design: SealDesign, size = SEAL_SIZE): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const c = (size - 1) / 2;
  const R = size / 2;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const dx = (x - c) / R;
      const dy = (y - c) / R;
      const r = Math.hypot(dx, dy);
      const i = (y * size + x) * 4;
      if (r > 1) continue;
      const angle = Math.atan2(dy, dx);
      let ink = r > 0.93; // outer rim
      ink ||= r > design.innerRing - 0.04 && r < design.innerRing; // inner ring
      // the band of "lettering" between the rings
      if (r > design.innerRing + 0.06 && r < 0.86) ink ||= Math.sin(angle * design.ticks) > 0.35 && Math.sin(r * 40) > -0.2;
      // a star in the middle
      const starR = design.innerRing - 0.12;
      const k = design.points;
      const wedge = Math.abs(((((angle + Math.PI / 2) * k) / (2 * Math.PI)) % 1 + 1) % 1 - 0.5) * 2; // 0 at a point's tip, 1 between
      ink ||= r < starR * (0.45 + 0.55 * (1 - wedge));
      const [red, green, blue] = ink ? design.ink : design.paper;
      pixels.set([red, green, blue, 255], i);
    }
  return pixels;
}

function main(): void {
  for (const [id, design] of Object.entries(DESIGNS)) {
    const png = new PNG({ width: SEAL_SIZE, height: SEAL_SIZE });
    png.data = Buffer.from(drawSeal(design));
    const dir = `rules/packs/${id}/insignia`;
    mkdirSync(dir, { recursive: true });
    const file = PNG.sync.write(png);
    writeFileSync(`${dir}/placeholder-seal.png`, file);
    const hash = imageFingerprint(file, 'round');
    console.log(`${id}\t${hash}\t${dir}/placeholder-seal.png`);
  }
}

main();
