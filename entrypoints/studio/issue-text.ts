/**
 * An issue in the studio's words: the common ones (an empty field, too long,
 * too few lines) said plainly in the page's language, the rest as the schema
 * says them — the same reasons `postcheck validate` prints.
 */
import type { StudioStrings } from '../../components/studio-strings';
import type { StudioIssue } from './validation';

export function issueText(issue: StudioIssue, s: StudioStrings): string {
  if (issue.code === 'too_small:string' && issue.minimum === 1) return s.issueEmpty;
  if (issue.code === 'too_big:string' && issue.maximum !== undefined) return s.issueTooLong(issue.maximum);
  if (issue.code === 'too_small:array' && issue.minimum !== undefined) return s.issueTooFew(issue.minimum);
  if (issue.code === 'too_big:array' && issue.maximum !== undefined) return s.issueTooMany(issue.maximum);
  return issue.message;
}
