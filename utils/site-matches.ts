/** The pages PostCheck's content scripts run on: the three sites, on every hostname they serve compose boxes from. */
export const SITE_MATCHES = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://www.linkedin.com/*',
];
