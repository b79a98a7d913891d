/**
 * Which of the City's official accounts the employee is composing as. IT names
 * them per site in managed configuration (`officialAccounts`), and a pack may
 * name them too (lexicon `officialAccounts`, on every site). The site adapters
 * read what the composer shows as its author (a handle, a Page's name, a
 * company page); this decides whether that is one of the City's. Compared
 * loosely (case, a leading @, the site's address before a handle or page,
 * spacing), never by a substring: "City of Alexandria Fans" is not the City.
 */
export const OFFICIAL_ACCOUNT_SITES = ['x', 'facebook', 'linkedin'] as const;
export type OfficialAccountSite = (typeof OFFICIAL_ACCOUNT_SITES)[number];
export type OfficialAccounts = Partial<Record<OfficialAccountSite, readonly string[]>>;

const SITE_ADDRESS = /^(?:https?:\/\/)?(?:www\.|m\.|web\.)?(?:x\.com|twitter\.com|facebook\.com|linkedin\.com\/company)\//i;

/** One way of writing an account, reduced to what identifies it. */
export function accountKey(written: string): string {
  return written
    .normalize('NFKC')
    .trim()
    .replace(SITE_ADDRESS, '')
    .replace(/[/?#].*$/, '')
    .replace(/^@/, '')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The City's accounts on this site: IT's for the site, and the pack's. */
export function officialAccountKeys(site: string, managed: OfficialAccounts | undefined, packAccounts: readonly string[]): Set<string> {
  const forSite = (OFFICIAL_ACCOUNT_SITES as readonly string[]).includes(site) ? (managed?.[site as OfficialAccountSite] ?? []) : [];
  return new Set([...forSite, ...packAccounts].map(accountKey).filter(Boolean));
}

/** Whether any of the identities the composer shows is one of the City's accounts. */
export function isOfficialIdentity(shown: readonly string[], accounts: ReadonlySet<string>): boolean {
  return accounts.size > 0 && shown.some((identity) => accounts.has(accountKey(identity)));
}
