/**
 * Mounts the overlay in the extension's own shadow root, on an element of its
 * own at the end of <html>: outside every site's editor and framework root,
 * so the sites' DOM is never touched and page styles cannot reach in. The
 * root is closed (the test build's is open, for Playwright), and the host
 * joins the page only once there is something to show: a page that merely
 * loads learns nothing about PostCheck.
 */
import { h, render } from 'preact';
import overlayCss from '../../../components/overlay.css?inline';
import { currentLanguage } from '../../../components/strings';
import { TEST_BUILD } from '../../../utils/test-build';
import { keepHostAttached } from './host-keeper';
import { Overlay, type OverlayProps } from './Overlay';
import { OVERLAY_TAG } from './tag';

export interface OverlayMount {
  /** Whether the overlay can be shown now (its host put back first if the page removed it). */
  ensureShown(): boolean;
  unmount(): void;
}

export function mountOverlay(props: OverlayProps): OverlayMount {
  const host = document.createElement(OVERLAY_TAG);
  const shadow = host.attachShadow({ mode: TEST_BUILD ? 'open' : 'closed' });
  const style = document.createElement('style');
  style.textContent = overlayCss;
  const root = document.createElement('div');
  // Screen readers read the notes in their language, whatever the site's page is in.
  root.lang = currentLanguage();
  shadow.append(style, root);
  render(h(Overlay, props), root);

  const { store } = props;
  // A host taken off the page took the open dialog with it: that decision counts as "Edit post".
  const keeper = keepHostAttached(host, () => store.snapshot.dialog?.resolve('edit'));
  const unsubscribe = store.subscribe(() => {
    const { views, dialog } = store.snapshot;
    if (views.size || dialog) keeper.ensure();
  });
  return {
    ensureShown: keeper.ensure,
    unmount() {
      unsubscribe();
      render(null, root);
      keeper.stop();
    },
  };
}
