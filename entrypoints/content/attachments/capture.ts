/**
 * Sees the photos a user attaches to a compose box, before the site uploads
 * them: the file input's `input` event (which, unlike `change`, crosses shadow
 * boundaries — LinkedIn's composer lives in one) with `change` as a second
 * path (on the document and on every open shadow root the user reaches), and
 * `paste` and `drop` on the window in the capture phase. Each File is taken
 * once. Reads the File objects only; never stops, delays or alters the site's
 * own handling. Only events the browser made count (a user's paste, drop or
 * file choice): a page script's synthetic ones could otherwise attach photos
 * the user never chose and hold, or in strict mode block, a clean post.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { eventOrigin } from '../dom/deep-query';
import type { ComposeSurface, SiteAdapter } from '../sites/types';

export interface AttachmentCaptureOptions {
  ctx: ContentScriptContext;
  adapter: SiteAdapter;
  onPhotos(surface: ComposeSurface, photos: File[]): void;
}

function photosIn(files: FileList | null | undefined): File[] {
  return [...(files ?? [])].filter((file) => file.type.startsWith('image/') && file.type !== 'image/svg+xml');
}

export function startAttachmentCapture({ ctx, adapter, onPhotos }: AttachmentCaptureOptions): void {
  const seen = new WeakSet<File>();
  const deliver = (origin: Element | null, files: FileList | null | undefined) => {
    const photos = photosIn(files).filter((file) => !seen.has(file));
    for (const file of photos) seen.add(file);
    if (!origin || !photos.length) return;
    const surface = adapter.surfaceFor(origin) ?? adapter.surfaceNear(origin);
    if (surface) onPhotos(surface, photos);
  };

  const onChange = (event: Event) => {
    if (event instanceof InputEvent) return; // typing in a box (a file input's input event is a plain Event): the commonest case, left at once
    if (!event.isTrusted) return;
    const input = event.composedPath()[0];
    if (input instanceof HTMLInputElement && input.type === 'file') deliver(input, input.files);
  };

  // `change` is not composed: listen inside each shadow root the user reaches (found on their way in).
  const watchedRoots = new WeakSet<Node>();
  const watchRoots = (event: Event) => {
    const path = event.composedPath();
    if (path[0] === event.target) return; // not from inside a shadow root: nothing to watch (and this runs on every keydown)
    for (const node of path) {
      if (node instanceof ShadowRoot && !watchedRoots.has(node)) {
        watchedRoots.add(node);
        node.addEventListener('change', onChange, { capture: true, passive: true });
        ctx.onInvalidated(() => node.removeEventListener('change', onChange, { capture: true }));
      }
    }
  };

  ctx.addEventListener(window, 'input', onChange, { capture: true, passive: true });
  ctx.addEventListener(document, 'change', onChange, { capture: true, passive: true });
  for (const type of ['pointerdown', 'focusin', 'keydown', 'dragenter'] as const) ctx.addEventListener(window, type, watchRoots, { capture: true, passive: true });
  ctx.addEventListener(window, 'paste', (event: ClipboardEvent) => event.isTrusted && deliver(eventOrigin(event), event.clipboardData?.files), { capture: true, passive: true });
  ctx.addEventListener(window, 'drop', (event: DragEvent) => event.isTrusted && deliver(eventOrigin(event), event.dataTransfer?.files), { capture: true, passive: true });
}
