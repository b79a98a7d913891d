/** The fragment id of a clause on the policy page ("Why?" links and summary items point here). */
export function clauseAnchor(policy: string, section: string): string {
  return `clause-${policy}-${section}`.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/-+$/, '');
}
