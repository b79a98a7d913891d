/** zod's issues as one line each, "where: what" ("rules.3.severity: …"), `whole` standing for the document itself. */
export function readableIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[], whole: string): string[] {
  return issues.map((issue) => `${issue.path.length ? issue.path.map(String).join('.') : whole}: ${issue.message}`);
}
