/** The element PostCheck's overlay lives in (a custom-element name, so it can host a shadow root). */
export const OVERLAY_TAG = 'postcheck-overlay';
