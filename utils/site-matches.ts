/**
 * The one list of the sites PostCheck works on and the hostnames each serves
 * compose boxes from. The content scripts' `matches` (and so the manifest) and
 * each site adapter's `matchesHost` are both read from here, so they cannot
 * disagree. DOM-free: WXT reads it at build time.
 */
export const SITE_HOSTS = {
  x: ['x.com', 'twitter.com'],
  facebook: ['www.facebook.com', 'web.facebook.com'],
  linkedin: ['www.linkedin.com'],
} as const satisfies Record<string, readonly string[]>;

export type SiteName = keyof typeof SITE_HOSTS;

/** The pages PostCheck's content scripts run on. */
export const SITE_MATCHES: string[] = Object.values(SITE_HOSTS).flatMap((hosts) => hosts.map((host) => `https://${host}/*`));

/** Whether `hostname` is one the site serves compose boxes from (exactly: the content scripts run nowhere else). */
export function servesSite(site: SiteName, hostname: string): boolean {
  return (SITE_HOSTS[site] as readonly string[]).includes(hostname);
}
