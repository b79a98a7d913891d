/** Dates written for the reader, in the locale of the language in use (strings.ts), never the browser's default alone. */
import { currentLocale } from './strings';

/** A stored moment with its time ("Dec 7, 2026, 2:05 PM" / "7 dic 2026, 2:05 p.m."); the stored text if it is not a date. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' });
}

/** A moment's day in words ("December 7, 2026" / "7 de diciembre de 2026"). */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(currentLocale(), { year: 'numeric', month: 'long', day: 'numeric' });
}

/** A calendar day as a pack writes it ("2026-11-21"): the same day everywhere, whatever the reader's time zone. */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : date.toLocaleDateString(currentLocale(), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}
