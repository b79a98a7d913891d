import { TEST_BUILD } from '../../../utils/test-build';

const randomHex = () => [...crypto.getRandomValues(new Uint8Array(4))].map((b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The element PostCheck's overlay lives in (a custom-element name, so it can host a shadow root). The test
 * build's tests find it by name; everywhere else it is a fresh, neutral name per page, so a site cannot look
 * PostCheck up by name.
 */
export const OVERLAY_TAG = TEST_BUILD ? 'postcheck-overlay' : `x-${randomHex()}`;
