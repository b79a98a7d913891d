/**
 * Mounts the overlay in the extension's own shadow root, on an element of its
 * own at the end of <html>: outside every site's editor and framework root,
 * so the sites' DOM is never touched and page styles cannot reach in.
 */
import { h, render } from 'preact';
import overlayCss from '../../../components/overlay.css?inline';
import { Overlay, type OverlayProps } from './Overlay';
import { OVERLAY_TAG } from './tag';


export function mountOverlay(props: OverlayProps): () => void {
  document.querySelectorAll(OVERLAY_TAG).forEach((old) => old.remove()); // left by a previous, reloaded copy
  const host = document.createElement(OVERLAY_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = overlayCss;
  const root = document.createElement('div');
  shadow.append(style, root);
  document.documentElement.append(host);
  render(h(Overlay, props), root);
  return () => {
    render(null, root);
    host.remove();
  };
}
