// Renders public/icons/*.png from the SVG below with headless Chromium (run by hand when the icon changes).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="8" y="8" width="112" height="112" rx="26" fill="#1d4ed8"/>
  <path d="M30 40h68M30 60h52M30 80h36" stroke="#fff" stroke-width="10" stroke-linecap="round"/>
  <circle cx="92" cy="88" r="20" fill="#fff"/>
  <path d="M82 88l7 7 13-14" stroke="#1d4ed8" stroke-width="7" fill="none" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

mkdirSync('public/icons', { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml;base64,${Buffer.from(SVG).toString('base64')}" width="${size}" height="${size}">`);
  await page.screenshot({ path: `public/icons/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log('icons written to public/icons/');
