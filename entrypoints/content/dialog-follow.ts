/**
 * After Post: the pre-post dialog follows what arrives while it is open — the
 * sentence judge's answers, a photo's check, a note set aside or taken back —
 * and, once nothing holds the post any more, lets it go out. The boxes on show
 * are redrawn with the judge's answers too.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type Finding, isInterrupting } from '../../rules/finding';
import type { PhotoChecks } from './attachments/photo-checks';
import { failureReason } from './draft-checker';
import type { DraftViews } from './draft-views';
import type { OverlayStore } from './overlay/store';
import type { ComposeSurface, SiteAdapter } from './sites/types';

export interface DialogFollowOptions {
  ctx: ContentScriptContext;
  adapter: SiteAdapter;
  store: OverlayStore;
  views: DraftViews;
  photos(): PhotoChecks | null;
  /** Whether checking can run at all (no pack or engine: nothing to follow). */
  canCheck: boolean;
}

export interface DialogFollow {
  /** The dialog about this box (if open) follows its new check: new notes appear; with none left holding the post, it goes out. */
  refreshDialog(surface: ComposeSurface): void;
  /** A note was set aside (dismissedHere: 1) or taken back (0): the box is checked again, and the dialog about it follows. */
  recheck(editor: HTMLElement, dismissedHere: number): void;
  /** New answers from the judge: the boxes on show, and the one the dialog is about, are checked again. */
  recheckShown(): void;
  /** "Everyone pictured agreed", when a face note is among these. */
  consentFor(surface: ComposeSurface, findings: Finding[]): (() => void) | undefined;
}

export function createDialogFollow(options: DialogFollowOptions): DialogFollow {
  const { ctx, adapter, store, views } = options;

  const consentFor = (surface: ComposeSurface, findings: Finding[]) => {
    const photos = options.photos();
    return photos && findings.some((f) => photos.isFaceFinding(f)) ? () => photos.consentToFaces(surface.editor) : undefined;
  };

  const refreshDialog = (surface: ComposeSurface) => {
    const dialog = store.snapshot.dialog;
    if (!dialog || dialog.surface.editor !== surface.editor) return;
    const { findings, pendingPhotos, judging } = views.checkNow(surface);
    const interrupting = findings.filter(isInterrupting);
    // Once the employee has set a note aside here, the dialog waits for their choice rather than posting by itself.
    if (!interrupting.length && pendingPhotos === 0 && !judging && !dialog.dismissedHere) return dialog.resolve('post');
    store.updateDialog({ findings: interrupting, pendingPhotos, pendingText: judging, confirmConsent: consentFor(surface, interrupting) });
  };

  const recheck = (editor: HTMLElement, dismissedHere: number) => {
    const surface = editor.isConnected && !ctx.isInvalid ? adapter.surfaceFor(editor) : null;
    if (!surface) return;
    try {
      const dialog = store.snapshot.dialog;
      if (dialog?.surface.editor !== editor) return void views.checkNow(surface);
      const { findings, pendingPhotos, judging } = views.checkNow(surface);
      const interrupting = findings.filter(isInterrupting);
      store.updateDialog({
        findings: interrupting,
        pendingPhotos,
        pendingText: judging,
        confirmConsent: consentFor(surface, interrupting),
        dismissedHere: (dialog.dismissedHere ?? 0) + dismissedHere,
      });
    } catch (error) {
      views.markOff(surface, failureReason(error));
    }
  };

  const recheckShown = () => {
    if (ctx.isInvalid || !options.canCheck) return;
    const { views: shown, active, dialog } = store.snapshot;
    const editors = new Set([...shown.keys(), ...(active ? [active] : []), ...(dialog ? [dialog.surface.editor] : [])]);
    for (const editor of editors) {
      const surface = editor.isConnected ? adapter.surfaceFor(editor) : null;
      if (!surface) continue;
      try {
        // The dialog's box is checked by refreshDialog (which may post it); the others are simply redrawn.
        if (dialog?.surface.editor === editor) refreshDialog(surface);
        else views.checkNow(surface);
      } catch (error) {
        views.markOff(surface, failureReason(error));
      }
    }
  };

  return { refreshDialog, recheck, recheckShown, consentFor };
}
