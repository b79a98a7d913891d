/** Loads what the extension's pages show (active pack, settings, acknowledgement) from the background, validated. */
import { useState } from 'preact/hooks';
import { type Pack, parsePack } from '../rules/schema';
import { readSettings, type Settings } from './settings';
import { browser } from './browser';
import { type AckStatus, Status } from './messages';

export interface PageStatus {
  pack: Pack;
  source: Status['source'];
  awaiting?: string;
  firstRun?: boolean;
  update: Status['update'];
  choices: Status['choices'];
  settings: Settings;
  managed: readonly string[];
  ack: AckStatus;
}

export async function loadStatus(kind: 'get-status' | 'check-for-pack-update' = 'get-status'): Promise<PageStatus> {
  const status = Status.parse(await browser.runtime.sendMessage({ type: kind }));
  const pack = parsePack(status.pack);
  if (!pack.ok) throw new Error(`The rule pack is invalid: ${pack.errors[0] ?? 'unknown error'}`);
  return { ...status, pack: pack.pack, settings: readSettings(status.settings) };
}

/** The extension page's own URL for a path ("/policy.html#clause-…"). */
export function pageUrl(path: string): string {
  return browser.runtime.getURL(path as '/popup.html');
}

/** "Check for updates now": runs a check in the background and hands over the new status. */
export function usePackUpdateCheck(onStatus: (status: PageStatus) => void): [checking: boolean, checkForUpdate: () => void] {
  const [checking, setChecking] = useState(false);
  const checkForUpdate = () => {
    setChecking(true);
    loadStatus('check-for-pack-update')
      .then(onStatus)
      .catch(() => undefined)
      .finally(() => setChecking(false));
  };
  return [checking, checkForUpdate];
}
