/** What every site adapter provides. Adapters never import each other. */

export type SiteId = 'x' | 'facebook' | 'linkedin';
export type SurfaceKind = 'post' | 'reply' | 'comment' | 'message';

export interface ComposeSurface {
  /** The editable element (a framework-owned contenteditable, or a textarea on mobile layouts). */
  editor: HTMLElement;
  kind: SurfaceKind;
}

export interface SiteAdapter {
  id: SiteId;
  /** Human name for the UI ("X", "Facebook", "LinkedIn"). */
  label: string;
  matchesHost(hostname: string): boolean;
  /** The compose surface an element belongs to, or null when it is not a compose box (search, forms). */
  surfaceFor(el: Element): ComposeSurface | null;
}
