/**
 * The employee's settings that shape checking (the options page edits them;
 * IT's managed configuration will override them). Stored in storage.local
 * under one key; anything malformed falls back to the defaults.
 */
import { z } from 'zod';
import { LANGUAGE_CHOICES } from '../rules/language';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM');

export const WorkHours = z.strictObject({
  days: z.array(z.number().int().min(0).max(6)).max(7),
  start: clock,
  end: clock,
});

export const Settings = z.strictObject({
  /** The bundled rule pack to check with (IT's managed configuration can fix it). */
  packId: z.string().max(64).optional(),
  /** Block findings cannot be posted anyway; the dialog names who to ask. */
  strictMode: z.boolean().default(false),
  /** This browser runs on a city computer (work-time rules). */
  cityComputer: z.boolean().default(false),
  workHours: WorkHours.optional(),
  /** PostCheck's language; absent or "auto" follows the browser's. */
  language: z.enum(LANGUAGE_CHOICES).optional(),
});
export type Settings = z.infer<typeof Settings>;

export const SETTINGS_KEY = 'settings';

/** Parses stored settings; anything invalid gives the defaults rather than an error on every page. */
export function readSettings(stored: unknown): Settings {
  const parsed = Settings.safeParse(stored ?? {});
  return parsed.success ? parsed.data : Settings.parse({});
}
