/** All site adapters; the content script picks the one for the page's host. */
import { facebookAdapter } from './facebook';
import { linkedinAdapter } from './linkedin';
import type { SiteAdapter } from './types';
import { xAdapter } from './x';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [xAdapter, facebookAdapter, linkedinAdapter];

export function adapterForHost(hostname: string): SiteAdapter | null {
  return SITE_ADAPTERS.find((adapter) => adapter.matchesHost(hostname)) ?? null;
}
