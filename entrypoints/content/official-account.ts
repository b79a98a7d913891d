/**
 * Whether a compose box is posting as one of the City's official accounts: the
 * identity its composer shows (the site adapter reads it) against the accounts
 * IT configured for this site and those the pack names. Only where the pack has
 * a policy for official accounts; everywhere else every post is personal, as
 * before. Nothing here changes the page.
 */
import { type Account, hasOfficialPolicy } from '../../rules/account-context';
import type { Pack } from '../../rules/schema';
import { isOfficialIdentity, officialAccountKeys } from '../../utils/official-accounts';
import type { PageConfig } from '../../utils/page-config';
import type { SiteAdapter } from './sites/types';

export function accountReader(adapter: SiteAdapter, pack: Pack, config: Pick<PageConfig, 'officialAccounts'>): (editor: HTMLElement) => Account {
  const accounts = officialAccountKeys(adapter.id, config.officialAccounts, pack.lexicon.officialAccounts);
  const read = adapter.composingAs;
  if (!read || !accounts.size || !hasOfficialPolicy(pack)) return () => 'personal';
  return (editor) => {
    try {
      return isOfficialIdentity(read(editor), accounts) ? 'official' : 'personal';
    } catch {
      // Fail open to today's behaviour: a composer PostCheck cannot read is checked as a personal post.
      return 'personal';
    }
  };
}
