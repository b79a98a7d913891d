/** The one place the extension API comes from: Mozilla's promise-based polyfill (a no-op on Firefox). */
import polyfill from 'webextension-polyfill';

export const browser = polyfill;
export type { Browser, Runtime, Tabs } from 'webextension-polyfill';
