/** Stands in for webextension-polyfill in unit tests: WXT's in-memory fake browser. */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export default fakeBrowser;
