/**
 * What the overlay shows, in one small observable store: the compose boxes
 * with findings (kept in memory only, keyed by their editor element) and the
 * pre-post dialog when one is open. Plain data in, subscribers notified.
 */
import type { CitedClause, Finding } from '../../../rules/finding';
import type { PhotoSummary } from '../attachments/photo-checks';
import type { ComposeSurface } from '../sites/types';

export interface SurfaceView {
  surface: ComposeSurface;
  /** The text the findings were computed on. */
  checkedText: string;
  findings: Finding[];
  /** Set when checking failed for this box: checking is off and the user is told. */
  failure?: string;
  /** Set when the draft was too long to check whole: where checking stopped (the user is told). */
  checkedUpTo?: number;
  /** The check ran out of time and skipped some rules (the user is told to read the draft over). */
  partial?: boolean;
  /** The site's Post button for this box was not found: posting cannot be held for a check (the user is told). */
  unguarded?: boolean;
  /** Photos attached to this box still being checked, or that could not be checked. */
  photos?: PhotoSummary;
  /** The sentence judge is not answering (why, in words): the rules decide alone, and the user is told. */
  limited?: string;
  /** Composed as one of the City's official accounts: checked under their policy, and the chip says so. */
  official?: boolean;
}

export type DialogChoice = 'edit' | 'post';

export interface DialogRequest {
  surface: ComposeSurface;
  /** The draft as it was checked at submit. */
  text: string;
  findings: Finding[];
  /** Strict mode with a block finding: no "Post anyway". */
  postingBlocked: boolean;
  /** Attached photos still being checked: the dialog waits for them (and posts by itself if they turn out fine). */
  pendingPhotos: number;
  /** The sentence judge is still reading the draft: the dialog waits for it (at most JUDGE_WAIT_MS). */
  pendingText?: boolean;
  /** Offered when photos show faces: "Everyone pictured agreed". */
  confirmConsent?: () => void;
  /** Notes the employee set aside in this dialog ("Not a problem here"): once any is, the dialog no longer posts by itself. */
  dismissedHere?: number;
  /** Posting as the City: the clause that makes the post a public record, which the dialog cites. */
  publicRecord?: CitedClause;
  resolve(choice: DialogChoice): void;
}

export interface OverlayState {
  views: ReadonlyMap<HTMLElement, SurfaceView>;
  /** The editor the user last edited or focused. */
  active: HTMLElement | null;
  dialog: DialogRequest | null;
  /** Increments when the user asks for the notes panel from the keyboard. */
  panelRequest: number;
}

export class OverlayStore {
  private state: OverlayState = { views: new Map(), active: null, dialog: null, panelRequest: 0 };
  private readonly listeners = new Set<() => void>();

  get snapshot(): OverlayState {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setView(view: SurfaceView): void {
    const views = new Map(this.state.views);
    const photosToMention = view.photos && (view.photos.checking > 0 || view.photos.failed.length > 0);
    if (view.findings.length || view.failure || view.checkedUpTo !== undefined || view.partial || view.limited || photosToMention) views.set(view.surface.editor, view);
    else views.delete(view.surface.editor);
    this.update({ views, active: view.surface.editor });
  }

  /** Forgets boxes that left the page (dialog closed, SPA navigation). Returns whether any did. */
  pruneDisconnected(): boolean {
    const views = new Map([...this.state.views].filter(([editor]) => editor.isConnected));
    if (views.size === this.state.views.size) return false;
    const active = this.state.active?.isConnected ? this.state.active : null;
    this.update({ views, active });
    return true;
  }

  /** Opens the dialog; the first choice settles it (later ones, such as the close that follows a button, are ignored). */
  openDialog(request: Omit<DialogRequest, 'resolve'>): Promise<DialogChoice> {
    return new Promise((resolve) => {
      this.state.dialog?.resolve('edit');
      let settled = false;
      const settle = (choice: DialogChoice) => {
        if (settled) return;
        settled = true;
        if (this.state.dialog?.resolve === settle) this.update({ dialog: null });
        resolve(choice);
      };
      this.update({ dialog: { ...request, resolve: settle } });
    });
  }

  /** New findings for the open dialog (a photo finished checking, consent was given). */
  updateDialog(patch: Pick<DialogRequest, 'findings' | 'pendingPhotos' | 'pendingText' | 'confirmConsent'> & Pick<Partial<DialogRequest>, 'dismissedHere'>): void {
    const dialog = this.state.dialog;
    if (dialog) this.update({ dialog: { ...dialog, ...patch } });
  }

  requestPanel(editor: HTMLElement): void {
    this.update({ active: editor, panelRequest: this.state.panelRequest + 1 });
  }

  private update(patch: Partial<OverlayState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
