/**
 * Whom a LinkedIn composer posts as. A company page's admins post from the
 * page's admin view (/company/<page>/admin/…), where the share composer posts
 * as the page; the share dialog also names its author in its header
 * (.share-unified-settings-entry-button, "<name> · Post to Anyone")
 * (docs/on-the-sites.md, Official accounts). Read only.
 */
import { closestDeep } from '../dom/deep-query';

const ADMIN_VIEW = /^\/company\/([^/]+)\/admin(?:\/|$)/;
const SHARE_DIALOG = '.share-box-v2__modal';
const AUTHOR = '.share-unified-settings-entry-button__actor';

export function composingAsOnLinkedIn(editor: HTMLElement): string[] {
  const shown: string[] = [];
  const page = ADMIN_VIEW.exec(location.pathname)?.[1];
  // Only the share composer posts as the page: a comment box on the admin view may still be the person's.
  const dialog = closestDeep(editor, SHARE_DIALOG);
  if (!dialog) return shown;
  if (page) shown.push(decodeURIComponent(page));
  const author = dialog.querySelector(AUTHOR)?.textContent?.trim();
  if (author) shown.push(author);
  return shown;
}
