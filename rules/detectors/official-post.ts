/**
 * `official-post`: notes for a post on one of the City's official accounts that
 * are about the post as a whole, at 0–0 like work-time's (nothing in the text
 * to underline):
 * - `reminder`: on every draft, for a clause no draft can be checked against
 *   (Alexandria's official §5.4: post only within your subject-matter expertise);
 * - `city-link`: when the draft links nowhere on the City's website (§6.1: posts
 *   on official business link back to it). The City's domains are the rule's
 *   `domains`, or the lexicon's e-mail domains (a city's web and mail domain
 *   are usually one).
 */
import type { OfficialPostParams } from './params';
import type { DetectorInput, Hit } from './types';

/**
 * A web address or a bare domain ("www.cityofalexandriala.com/trash", "https://x.gov"): its host. Not a
 * domain inside another address's path, nor an e-mail address's (neither is a link to that site).
 */
const HOST = /(?<![\w./@-])(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})\b/gi;

/** Every host the text names, lower-cased. */
export function hostsIn(text: string): string[] {
  return [...text.matchAll(HOST)].map((m) => m[1]!.toLowerCase());
}

/** Whether `host` is one of `domains` or under one of them. */
function isUnder(host: string, domains: readonly string[]): boolean {
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

export function detectOfficialPost(input: DetectorInput, params: OfficialPostParams): Hit[] {
  const { text } = input.view;
  if (!text.trim()) return [];
  if (params.check === 'reminder') return [{ start: 0, end: 0 }];
  const domains = (params.domains ?? input.lexicon.emailDomains).map((d) => d.toLowerCase());
  // Without the City's domains there is nothing to look for: no note rather than one that is always wrong.
  if (!domains.length) return [];
  return hostsIn(text).some((host) => isUnder(host, domains)) ? [] : [{ start: 0, end: 0 }];
}
