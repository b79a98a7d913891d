// Bundles the site fixture pages (real editor frameworks from npm) for the end-to-end tests.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../tests/fixtures/sites/', import.meta.url));
const entries = { x: 'x/app.tsx', facebook: 'facebook/app.ts', linkedin: 'linkedin/app.ts' };

await Promise.all(
  Object.entries(entries).map(([site, entry]) =>
    build({
      entryPoints: [root + entry],
      outfile: `${root}dist/${site}.js`,
      bundle: true,
      format: 'iife',
      target: 'chrome120',
      minify: true,
      define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
      logLevel: 'warning',
    }),
  ),
);
console.log('fixtures built:', Object.keys(entries).join(', '));
