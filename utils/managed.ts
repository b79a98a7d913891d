/**
 * Managed configuration: what IT sets by enterprise policy (declared in
 * public/managed_schema.json, read from storage.managed). Each key is checked
 * on its own; a bad value is dropped with a reason and the rest still apply.
 */
import { z } from 'zod';
import { LANGUAGE_CHOICES } from '../rules/language';
import type { Lexicon } from '../rules/schema';
import { packUrlProblem } from './pack-url';
import { type Settings, WorkHours } from './settings';

const name = z.string().trim().min(1).max(200);
/** The City's official accounts on each site, as the site shows them in its composer (official-accounts.ts matches them). */
const accounts = z.array(name).max(100);
const FIELDS = {
  packId: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,63}$/),
  cityName: name,
  cityEmailDomains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i)).max(50),
  cityDepartments: z.array(name).max(500),
  cityOfficials: z.array(name).max(500),
  strictMode: z.boolean(),
  cityComputer: z.boolean(),
  workDays: WorkHours.shape.days,
  workStart: WorkHours.shape.start,
  workEnd: WorkHours.shape.end,
  requireAcknowledgement: z.boolean(),
  packUrl: z
    .string()
    .max(2_000)
    .superRefine((url, ctx) => {
      const problem = packUrlProblem(url);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  packPublicKey: z.string().regex(/^[A-Za-z0-9+/=\s]+$/, 'a base64 public key').max(2_000),
  updateIntervalMinutes: z.number().int().min(15).max(10_080),
  language: z.enum(LANGUAGE_CHOICES),
  officialAccounts: z.strictObject({ x: accounts.optional(), facebook: accounts.optional(), linkedin: accounts.optional() }),
} as const;

type Fields = typeof FIELDS;
export type ManagedConfig = { [K in keyof Fields]?: z.infer<Fields[K]> };

export function parseManaged(raw: unknown): { config: ManagedConfig; problems: string[] } {
  const config: Record<string, unknown> = {};
  const problems: string[] = [];
  if (raw === null || typeof raw !== 'object') return { config, problems };
  for (const [key, value] of Object.entries(raw)) {
    const field = Object.hasOwn(FIELDS, key) ? FIELDS[key as keyof Fields] : undefined;
    if (!field) {
      problems.push(`${key}: not a PostCheck setting (ignored)`);
      continue;
    }
    const parsed = field.safeParse(value);
    if (parsed.success) config[key] = parsed.data;
    else problems.push(`${key}: ${parsed.error.issues[0]?.message ?? 'invalid'} (ignored)`);
  }
  return { config: config as ManagedConfig, problems };
}

/** The settings in force: the employee's own, with everything IT set taking precedence. Also which settings are locked. */
export function effectiveSettings(local: Settings, managed: ManagedConfig): { settings: Settings; locked: string[] } {
  const settings: Settings = { ...local };
  const locked: string[] = [];
  if (managed.packId !== undefined) {
    settings.packId = managed.packId;
    locked.push('packId');
  } else if (managed.cityName !== undefined) {
    // IT named the city but no pack: its own pack is awaited (the template stands in); an employee's pick of another city's pack never applies.
    delete settings.packId;
    locked.push('packId');
  }
  if (managed.strictMode !== undefined) {
    settings.strictMode = managed.strictMode;
    locked.push('strictMode');
  }
  if (managed.cityComputer !== undefined) {
    settings.cityComputer = managed.cityComputer;
    locked.push('cityComputer');
  }
  if (managed.language !== undefined) {
    settings.language = managed.language;
    locked.push('language');
  }
  if (managed.workDays !== undefined) {
    settings.workHours = { days: managed.workDays, start: managed.workStart ?? '09:00', end: managed.workEnd ?? '17:00' };
    locked.push('workHours');
  }
  return { settings, locked };
}

/** The template pack's city, from IT's configuration (the template policy leaves these blank). */
export function managedLexicon(managed: ManagedConfig): Partial<Lexicon> | undefined {
  const lexicon: Partial<Lexicon> = {};
  if (managed.cityName) lexicon.cityNames = [managed.cityName];
  if (managed.cityEmailDomains?.length) lexicon.emailDomains = managed.cityEmailDomains;
  if (managed.cityDepartments?.length) lexicon.departments = managed.cityDepartments;
  if (managed.cityOfficials?.length) lexicon.officials = managed.cityOfficials;
  return Object.keys(lexicon).length ? lexicon : undefined;
}
