/**
 * Whom an X composer posts as: the active account. Every composer (home, modal,
 * reply) shows that account's avatar beside the box, a container with
 * data-testid="UserAvatar-Container-<handle>"; the side navigation's account
 * switcher (SideNav_AccountSwitcher_Button) shows "@handle" too, for a layout
 * without the avatar (docs/on-the-sites.md, Official accounts). Read only.
 */
import { nearestContaining } from './nearby';

const AVATAR = '[data-testid^="UserAvatar-Container-"]';
const SWITCHER = '[data-testid="SideNav_AccountSwitcher_Button"]';
/** A composer never reaches past its dialog, the post it replies under, or the main column. */
const BOUNDARY = '[role="dialog"], [data-testid="primaryColumn"]';

export function composingAsOnX(editor: HTMLElement): string[] {
  // The nearest avatar beside the box, not that of a post above it (the walk stops at the first level with one).
  const avatar = nearestContaining(editor, AVATAR, BOUNDARY)?.matches[0];
  const handle = avatar?.dataset.testid?.slice('UserAvatar-Container-'.length);
  if (handle) return [handle];
  const switcher = document.querySelector(SWITCHER)?.textContent ?? '';
  const shown = /@(\w{1,15})/.exec(switcher);
  return shown ? [shown[1]!] : [];
}
