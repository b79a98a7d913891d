/**
 * Whose post is being checked: the employee's own ("personal", the default) or
 * one of the City's official accounts ("official"). A pack's rules declare the
 * context they govern through the clauses they cite: clauses of a policy that
 * `governs: "official-accounts"` apply to the City's accounts, the others (and
 * an official clause marked `bindsEveryone`) to personal posts. So one rule may
 * serve both, citing the right policy in each, and a rule left with no clause
 * in a context does not run there. A pack with no official-accounts policy
 * checks every post as a personal one. Pure TypeScript without zod: it runs on
 * the sites' pages.
 */
import type { CitedClause } from './finding';
import type { Pack } from './schema';

export const ACCOUNTS = ['personal', 'official'] as const;
export type Account = (typeof ACCOUNTS)[number];

/** Whether the pack has a policy for the City's own accounts (only then is there an official mode). */
export function hasOfficialPolicy(pack: Pack): boolean {
  return pack.policies.some((p) => p.governs === 'official-accounts');
}

/** Marks packs made by `packFor`: asked again (the checker is, with the check's context), they are returned as they are. */
const DERIVED = Symbol.for('postcheck.account-pack');
type Derived = Pack & { readonly [DERIVED]?: Account };
const derived = new WeakMap<Pack, Map<Account, Pack>>();

/**
 * The pack as it applies to posts of this account: only the rules that govern
 * it, each citing only its clauses for that context (in the order the pack
 * lists them, so the first stays the note's primary clause). The same object
 * for the same pack and account; the pack itself when nothing changes.
 */
export function packFor(pack: Pack, account: Account = 'personal'): Pack {
  if ((pack as Derived)[DERIVED] !== undefined) return pack;
  if (!hasOfficialPolicy(pack)) return pack;
  let byAccount = derived.get(pack);
  if (!byAccount) derived.set(pack, (byAccount = new Map()));
  let copy = byAccount.get(account);
  if (!copy) byAccount.set(account, (copy = derive(pack, account)));
  return copy;
}

function derive(pack: Pack, account: Account): Pack {
  const applies = clausesFor(pack, account);
  const narrow = <R extends { clauses: Pack['rules'][number]['clauses'] }>(rules: readonly R[]): R[] =>
    rules.flatMap((rule) => {
      const clauses = rule.clauses.filter((ref) => applies.has(`${ref.policy}#${ref.section}`));
      if (!clauses.length) return [];
      return clauses.length === rule.clauses.length ? [rule] : [{ ...rule, clauses }];
    });
  // A spread copy keeps the pack's own Symbol-keyed marks (localize-pack.ts's translation marks).
  return { ...pack, rules: narrow(pack.rules), imageRules: narrow(pack.imageRules), [DERIVED]: account } as Pack;
}

/** "<policy>#<section>" of every clause that governs posts of this account. */
function clausesFor(pack: Pack, account: Account): Set<string> {
  const keys = new Set<string>();
  for (const policy of pack.policies) {
    const official = policy.governs === 'official-accounts';
    for (const clause of policy.clauses)
      if (account === 'official' ? official : !official || clause.bindsEveryone === true) keys.add(`${policy.id}#${clause.section}`);
  }
  return keys;
}

/** The clause of the pack's official-accounts policy that makes City posts public records, if it names one (its words, for the dialog). */
export function publicRecordClause(pack: Pack): CitedClause | null {
  for (const policy of pack.policies) {
    if (policy.governs !== 'official-accounts') continue;
    const clause = policy.clauses.find((c) => c.publicRecord === true);
    if (clause) return { policy: policy.id, section: clause.section, text: clause.text, summary: clause.summary };
  }
  return null;
}
