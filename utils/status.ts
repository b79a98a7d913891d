/** Loads what the extension's pages show (active pack, settings, acknowledgement) from the background, validated. */
import { type Pack, parsePack } from '../rules/schema';
import { readSettings, type Settings } from './settings';
import { browser } from './browser';
import { type AckStatus, Status } from './messages';

export interface PageStatus {
  pack: Pack;
  source: Status['source'];
  choices: Status['choices'];
  settings: Settings;
  managed: readonly string[];
  ack: AckStatus;
}

export async function loadStatus(): Promise<PageStatus> {
  const status = Status.parse(await browser.runtime.sendMessage({ type: 'get-status' }));
  const pack = parsePack(status.pack);
  if (!pack.ok) throw new Error(`The rule pack is invalid: ${pack.errors[0] ?? 'unknown error'}`);
  return { ...status, pack: pack.pack, settings: readSettings(status.settings) };
}

/** The extension page's own URL for a path ("/policy.html#clause-…"). */
export function pageUrl(path: string): string {
  return browser.runtime.getURL(path as '/popup.html');
}
