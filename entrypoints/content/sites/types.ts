/** What every site adapter provides. Adapters never import each other. */

import type { SiteName } from '../../../utils/site-matches';

/** The three sites (utils/site-matches.ts), and PostCheck's own practice page (same engine, overlay and dialog). */
export type SiteId = SiteName | 'practice';
export type SurfaceKind = 'post' | 'reply' | 'comment' | 'message';

/**
 * One compose box as found right now. Sites re-render and replace their editors
 * constantly, so a surface is looked up again on every event and never cached.
 */
export interface ComposeSurface {
  /** The editable element (a framework-owned contenteditable, or a textarea on mobile layouts). */
  editor: HTMLElement;
  kind: SurfaceKind;
  /** The site's own button that submits this box, looked up when asked (null when none is rendered). */
  submitControl(): HTMLElement | null;
}

export interface Submission {
  control: HTMLElement;
  surfaces: ComposeSurface[];
}

export interface SiteAdapter {
  id: SiteId;
  /** Human name for the UI ("X", "Facebook", "LinkedIn"). */
  label: string;
  matchesHost(hostname: string): boolean;
  /** Every compose box on the page now (inside open shadow roots too): for the boxes that already hold a draft when PostCheck starts. */
  composeBoxes(): HTMLElement[];
  /** The compose surface an element belongs to, or null when it is not a compose box (search, forms). */
  surfaceFor(el: Element): ComposeSurface | null;
  /**
   * When `el` is (inside) a submit control: that control and the compose
   * surfaces it would post (several for an X thread's "Post all"); otherwise null.
   */
  submissionAt(el: Element): Submission | null;
  /**
   * The compose surface a photo attached at `el` goes with: the box itself for
   * paste and drop, the nearest box for a file input in its toolbar.
   */
  surfaceNear(el: Element): ComposeSurface | null;
  /**
   * Whom the composer of this editor posts as, as the site shows it there (a handle, a Page's or
   * company page's name): compared with the City's official accounts (utils/official-accounts.ts).
   * Empty when the site shows nothing readable; absent where there is no account (practice page).
   */
  composingAs?(editor: HTMLElement): string[];
  /** Whether this keydown, in this surface, makes the site post it (X: Ctrl/Cmd+Enter; Facebook comments: Enter). Only ever Enter: the guard asks about no other key. */
  isSubmitKey(event: KeyboardEvent, surface: ComposeSurface): boolean;
}
