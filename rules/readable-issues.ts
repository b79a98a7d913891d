type Place = (path: readonly PropertyKey[]) => string;

const dotted: Place = (path) => path.map(String).join('.');

/**
 * zod's issues as one line each, "where: what", `whole` standing for the
 * document itself; `place` names where (packs: pack-places.ts), the dotted path by default.
 */
export function readableIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[], whole: string, place: Place = dotted): string[] {
  return issues.map((issue) => `${issue.path.length ? place(issue.path) : whole}: ${issue.message}`);
}
