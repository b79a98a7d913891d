/**
 * The compose surfaces the Firefox suite drives, taken by name from the
 * Chromium suite's table (tests/e2e/support/surfaces.ts) so the selectors live
 * in one place. Playwright's CSS pierces open shadow roots; Puppeteer needs
 * its `>>>` combinator for LinkedIn's #interop-outlet.
 */
import { SURFACES } from '../../e2e/support/surfaces';
import type { FixtureSite } from '../../e2e/support/sites';

export interface FirefoxSurface {
  name: string;
  site: FixtureSite;
  path: string;
  editor: string;
  submit: string;
  recordedAs: string;
}

/**
 * One or more per site, each a different editor framework or DOM: the surfaces where Firefox can differ.
 * Not 'LinkedIn share (TipTap, shadow root)': in Firefox, ProseMirror inside a shadow root does not take in
 * typed text (the words appear in the DOM but not in TipTap's document, so the fixture's Post button stays
 * disabled), with or without PostCheck; TipTap outside a shadow root is covered by the new-UI comment.
 */
export const FIREFOX_SURFACE_NAMES = [
  'X home composer', // Draft.js
  'Facebook Create post', // Lexical, in a dialog
  'Facebook comment', // Lexical, posts on Enter
  'LinkedIn share (Quill, shadow root)',
  'LinkedIn comment (new UI, TipTap)',
] as const;

const pierce = (selector: string) => selector.replace(/^#interop-outlet /, '#interop-outlet >>> ');

export function firefoxSurface(name: (typeof FIREFOX_SURFACE_NAMES)[number]): FirefoxSurface {
  const surface = SURFACES.find((s) => s.name === name);
  if (!surface) throw new Error(`no surface named ${name} in tests/e2e/support/surfaces.ts`);
  if (surface.open) throw new Error(`${name} needs clicks to open; the Firefox suite drives only surfaces already on the page`);
  return { name, site: surface.site, path: surface.path, editor: pierce(surface.editor), submit: pierce(surface.submit), recordedAs: surface.recordedAs };
}

export const FIREFOX_SURFACES: FirefoxSurface[] = FIREFOX_SURFACE_NAMES.map(firefoxSurface);
