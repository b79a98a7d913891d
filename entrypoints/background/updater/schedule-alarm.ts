/**
 * Runs the updater on an alarm. Alarms survive the service worker going to
 * sleep but not every restart pattern, so the alarm is re-created on every
 * start from the stored "next check" time.
 */
import { browser } from '../../../utils/browser';
import { activePackFloor } from '../active-pack';
import { database, type UpdateStatus } from '../db';
import { loadSettings } from '../settings';
import { DEFAULT_INTERVAL_MINUTES } from './schedule';
import { checkForUpdate } from './updater';

export const UPDATE_ALARM = 'postcheck-pack-update';
/** The first check after a start or a configuration change comes soon, not at once. */
const FIRST_CHECK_DELAY_MINUTES = 0.5;

/** Checks IT's address now; null when no pack address is configured. */
export async function runPackUpdate(): Promise<UpdateStatus | null> {
  const { settings, managed } = await loadSettings();
  const found = activePackFloor(settings, managed);
  const db = await database();
  if (!found || !db) return null;
  const status = await checkForUpdate(found.source, found.floor, managed.updateIntervalMinutes ?? DEFAULT_INTERVAL_MINUTES, {
    db,
    fetch: (url, init) => fetch(url, init),
    now: () => new Date(),
    random: Math.random,
  });
  if (status.nextCheck) await browser.alarms.create(UPDATE_ALARM, { when: Date.parse(status.nextCheck) });
  return status;
}

/** On every service-worker start: make sure the alarm exists when updates are configured, and not otherwise. */
export async function ensureUpdateAlarm(): Promise<void> {
  const { settings, managed } = await loadSettings();
  const found = activePackFloor(settings, managed);
  if (!found) {
    await browser.alarms.clear(UPDATE_ALARM);
    return;
  }
  const status = await (await database())?.updateStatus.get('status');
  const due = status?.url === found.source.url && status.nextCheck ? Date.parse(status.nextCheck) : 0;
  const soon = Date.now() + FIRST_CHECK_DELAY_MINUTES * 60_000;
  await browser.alarms.create(UPDATE_ALARM, { when: Math.max(due, soon) });
}

/** The updater's status for the configured address (nothing when updates are not configured). */
export async function currentUpdateStatus(): Promise<UpdateStatus | null> {
  const { settings, managed } = await loadSettings();
  const found = activePackFloor(settings, managed);
  if (!found) return null;
  const status = await (await database())?.updateStatus.get('status');
  return status?.url === found.source.url ? status : { slot: 'status', url: found.source.url, failures: 0 };
}
