/**
 * Whom a Facebook composer posts as: the profile or Page the site names in it.
 * Comment boxes are labelled "Comment as <name>" (and say the Page's name when
 * the employee has switched to a Page); the Create-post dialog's "posting as"
 * selector is labelled "Posting as <name>" (docs/on-the-sites.md, Official
 * accounts). English labels only: in another language nothing is read and the
 * post is checked as a personal one. Read only.
 */
import { nearestContaining } from './nearby';

const AS_NAME = /^(?:posting|commenting|replying|comment|reply|post) as (.+?)\s*$/i;
const SELECTOR = '[aria-label^="Posting as "], [aria-label^="Commenting as "], [aria-label^="Replying as "]';
/** The dialog or the post the box belongs to (the selector sits above the box's own form). */
const BOUNDARY = '[role="article"], [role="dialog"]';

export function composingAsOnFacebook(editor: HTMLElement): string[] {
  const own = AS_NAME.exec(editor.getAttribute('aria-label') ?? '')?.[1];
  if (own) return [own];
  const selector = nearestContaining(editor, SELECTOR, BOUNDARY)?.matches[0];
  const named = AS_NAME.exec(selector?.getAttribute('aria-label') ?? '')?.[1];
  return named ? [named] : [];
}
