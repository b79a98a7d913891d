/**
 * Every user-facing string of the extension's pages and overlay, in English
 * (EN), with the Spanish in strings-es.ts, typed by this table so no key can be
 * missing there. `STRINGS` is the table of the language in use: each entrypoint
 * calls `setLanguage()` before its first render, and components read `STRINGS`
 * when they render (an ES module's `let` export is a live binding).
 */
import type { Language } from '../rules/language';
import { ES } from './strings-es';

const EN = {
  appName: 'PostCheck',
  // The pages' titles (browser tabs, history), set with the page's language.
  pageTitle: {
    popup: 'PostCheck',
    acknowledge: 'PostCheck — Read and acknowledge the policy',
    options: 'PostCheck — Settings',
    policy: 'PostCheck — Your city’s social-media policy',
    practice: 'PostCheck — Try a draft',
  },
  popupTitle: 'Policy notes for this tab',
  noFindings: 'Nothing to flag in the post you are writing. Your draft stays on this device.',
  notASite: 'Open Facebook, X or LinkedIn and start a post — PostCheck checks it as you type.',
  loading: 'Loading…',
  clauseLabel: (policy: string, section: string) => `${policy} §${section}`,
  suggestionLabel: 'Suggestion:',
  // "Serious", not "Must fix": outside strict mode such a note never stops the post.
  severity: { block: 'Serious', warn: 'Check before posting', info: 'Note' },
  findingsCount: (n: number) => (n === 1 ? '1 policy note' : `${n} policy notes`),
  readClause: 'Read it',
  readClauseLabel: (clause: string) => `Read it: ${clause}`,
  practiceTitle: 'Try a draft',
  practiceIntro:
    'Write a draft as you would on Facebook, X or LinkedIn. It is checked on this device with the same rules, highlights, notes and pre-post check as on the sites. Nothing is posted anywhere.',
  practiceLabel: 'Practice draft',
  practiceExamples: 'Try an example:',
  practicePost: 'Post (practice)',
  practicePosted: 'Practice post — it went nowhere:',
  practiceNotes: 'Notes on this draft',
  practiceClear: 'Clear',
  practiceAttach: 'Attach a photo',
  practiceShortcut: 'Ctrl+Enter posts, as on X. Alt+Shift+P opens the notes from the box.',
  category: {
    'official-capacity': 'Speaking for the city',
    confidential: 'Confidential information',
    harassment: 'Harassment',
    grievance: 'Workplace complaints',
    'coworker-privacy': 'Coworkers’ privacy',
    'unlawful-conduct': 'Unlawful conduct',
    'personal-safety': 'Your own safety',
    'work-time': 'Work time and equipment',
  },
  privacyNote: 'Checked on your device. Nothing you type is sent anywhere.',
  summaryTitle: 'Your city’s policy in brief',
  summaryLinkLabel: (clause: string) => `Read ${clause}`,
  packTitle: 'Rule pack',
  packCity: 'City',
  packVersion: 'Version',
  packVersionValue: (version: number, date: string, policyVersion: string) => `${version}, dated ${date} (policy ${policyVersion})`,
  packSource: 'Source',
  packSourceBundled: 'Bundled with PostCheck',
  packSourceRemote: (url: string) => `Your IT department (${url})`,
  packUpdates: 'Updates',
  packUpdatesNone: 'Comes with PostCheck updates; your IT department has not set an update address.',
  packNotChecked: 'Not checked yet.',
  packLastCheck: (time: string) => `Last checked ${time}.`,
  // A 304 or the same file again does not count: only a pack downloaded and verified.
  packLastSuccess: (time: string) => `Last new pack received ${time}.`,
  packExpired: (day: string) =>
    `This rule pack was meant to be replaced by ${day} and no newer one has arrived. PostCheck keeps checking with it; please tell your IT department.`,
  packLastError: (reason: string) => `The last update was refused: ${reason}. PostCheck keeps checking with the last good rule pack.`,
  packCheckNow: 'Check for updates now',
  packChecking: 'Checking…',
  linksTitle: 'More',
  linkPolicy: 'Read the full policy',
  linkPractice: 'Try a draft',
  linkSettings: 'Settings',
  ackReminder: (city: string) => `You have not yet acknowledged ${city}’s social-media policy.`,
  ackRequired: (city: string) => `Your IT department asks every employee to read and acknowledge ${city}’s social-media policy. You have not done so yet.`,
  ackReminderLink: 'Read and acknowledge it',
  ackTitle: (city: string) => `${city}: please read the social-media policy`,
  ackIntro: (version: string) =>
    `This is the policy PostCheck checks your personal posts against (policy version ${version}). Read the summary below — each line links to the clause it comes from — then confirm with your name.`,
  ackName: 'Your name',
  ackConfirm: 'I have read and understand the social-media policy, and I agree to follow it.',
  ackButton: 'Acknowledge',
  ackDone: (name: string, date: string, version: string) => `Acknowledged by ${name} on ${date} (policy version ${version}).`,
  ackStoredHere: 'Your acknowledgement is stored only on this device.',
  ackFailed: 'The acknowledgement could not be saved. Please try again; if it keeps failing, tell your IT department.',
  ackNone: 'Not acknowledged yet.',
  settingsTitle: 'PostCheck settings',
  settingsPack: 'City rule pack',
  settingsCityComputer: 'This is a city computer',
  settingsCityComputerHint: 'Posts written during work hours on a city computer get a note about personal use of city equipment.',
  settingsStrict: 'Strict mode',
  settingsStrictHint: 'Drafts with a “serious” note cannot be posted until they are edited.',
  settingsWorkHours: 'Work hours',
  settingsWorkDays: 'Work days',
  settingsStart: 'Start',
  settingsEnd: 'End',
  settingsSave: 'Save settings',
  settingsSaved: 'Settings saved. Open tabs use them after a reload.',
  settingsInvalid: 'The settings were not saved:',
  settingsLocked: 'Set by your IT department',
  settingsAck: 'Policy acknowledgement',
  settingsLanguage: 'Language',
  settingsLanguageHint: 'The language of PostCheck’s notes and pages. Your city’s policy itself is quoted as it was published.',
  // Language names are written in their own language, so each reader finds theirs.
  languageNames: { auto: 'Automatic (the browser’s language)', en: 'English', es: 'Español' },
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  searchLabel: 'Search the policy',
  searchCount: (n: number) => (n === 1 ? '1 clause matches' : `${n} clauses match`),
  policyTitle: (city: string) => `${city}: social-media policy`,
  policyIntro: 'The clauses PostCheck checks your posts against, quoted exactly, each with a one-line summary.',
  policySource: (source: string) => `Source: ${source}`,
  policyUnavailable: 'The policy could not be loaded. Try reopening this page; if it keeps failing, tell your IT department.',
  // The overlay on the sites.
  chipLabel: (n: number) => (n === 1 ? '1 policy note' : `${n} policy notes`),
  // Composing as one of the City's official accounts: checked under the policy for them, and the chip says so first.
  chipOfficial: (label: string) => `Posting as the City · ${label}`,
  chipOff: 'Checking is off for this box',
  chipLimited: (n: number) => (n === 0 ? 'Checking is limited' : `${n === 1 ? '1 policy note' : `${n} policy notes`} · checking limited`),
  judgmentLimited: (reason: string) =>
    `PostCheck’s reading of whole sentences is not available right now (${reason}), so only its word and pattern checks ran. Notes about tone and meaning may be missing: read your post once more before posting.`,
  dialogPendingText: 'Still reading your post on this device… If nothing turns up, it goes out by itself.',
  chipPartly: (n: number) => `${n === 1 ? '1 policy note' : `${n} policy notes`} · partly checked`,
  packAwaiting: (city: string) =>
    `Checking with the general template until ${city}’s policy arrives — never with another city’s policy. Ask your IT department if this lasts.`,
  firstRunTitle: 'Which city do you work for?',
  firstRunHint: 'PostCheck checks your posts against your own city’s policy. Until you choose, it uses the general template.',
  firstRunTemplate: 'Another city — the general template',
  firstRunUse: 'Use this city’s policy',
  partialCheck: 'PostCheck ran out of time on this draft and skipped some of its checks. Read it over yourself before posting.',
  partlyChecked: (chars: number) => `This post is very long, so PostCheck checked its first ${chars.toLocaleString('en-US')} characters only. Read the rest yourself before posting.`,
  chipShortcut: 'Alt+Shift+P',
  // Shown beside the chip once there is a note: the shortcut in plain sight, not only in the chip's tooltip.
  chipShortcutHint: 'Notes: Alt+Shift+P',
  chipHint: 'PostCheck notes for this post. Shortcut from the post box: Alt+Shift+P.',
  panelTitle: 'PostCheck notes for this post',
  cardLabel: 'PostCheck policy note',
  panelClose: 'Close notes',
  offExplained: (reason: string) =>
    `PostCheck could not check this box (${reason}). You can still post; nothing was sent anywhere.`,
  announceCount: (n: number) => (n === 0 ? 'PostCheck: no policy notes in this post.' : `PostCheck: ${n === 1 ? '1 policy note' : `${n} policy notes`} in this post. Alt+Shift+P to review.`),
  announceOff: 'PostCheck: checking is off for this box. You can still post.',
  /** Why checking could not start on a site's page (shown inside offExplained). */
  setupNoAnswer: 'the extension did not answer',
  setupBadPack: 'the rule pack is invalid',
  setupNoChecker: 'the checker did not load',
  /** Why a post went out unchecked: the page took PostCheck's window away, or its check never finished. */
  overlayGone: 'this page removed PostCheck’s window, so your last post went out unchecked',
  decisionStalled: 'its check before posting did not finish, so your last post went out unchecked',
  announcePartly: 'PostCheck: this post is very long and was only partly checked.',
  announcePartial: 'PostCheck: some checks ran out of time on this post; read it over yourself.',
  unguarded: 'PostCheck cannot find this box’s Post button (the site may have changed), so it cannot check the post when you send it. Read the notes before posting.',
  flagged: 'Flagged text:',
  // Attached photos (checked on the device, never uploaded by PostCheck).
  inPhoto: (n: number) => `In attached photo ${n}`,
  chipCheckingPhotos: (n: number) => (n === 1 ? 'Checking the photo…' : `Checking ${n} photos…`),
  photosChecking: (n: number) => `Checking ${n === 1 ? 'the attached photo' : `${n} attached photos`} on this device…`,
  photoFailed: (n: number, reason: string) => `Photo ${n} could not be checked (${reason}). Look at it yourself before posting.`,
  announcePhotosChecking: 'PostCheck is checking the attached photo.',
  dialogPendingPhotos: (n: number) =>
    `Still checking ${n === 1 ? 'the attached photo' : `${n} attached photos`} on this device… If nothing turns up, your post goes out by itself.`,
  everyoneAgreed: 'Everyone pictured agreed',
  everyoneAgreedHint: 'Confirms that the people in the photo agreed to be posted; the post then goes ahead.',
  // The pre-post dialog (names of the two buttons are a contract: docs/architecture.md, Contracts).
  dialogTitle: 'Before you post',
  clauseText: 'What the policy says',
  clauseTextWithMore: (more: number) => `What the policy says (${more + 1} clauses)`,
  // Shown where a pack's translated summary or message appears: the clause's own words are the authority.
  unofficialTranslation: 'unofficial translation',
  officialText: 'Official text of the policy:',
  summaryTranslated: 'The lines below are unofficial translations; each links to the official text.',
  dialogIntroReading: 'PostCheck is reading your post before it goes out. Nothing has been posted yet.',
  dialogIntro: (n: number) =>
    n === 0
      ? 'PostCheck is looking at your photo before it goes out. Nothing has been posted yet.'
      : `PostCheck found ${n === 1 ? 'something' : `${n} things`} in this post that your city’s social-media policy may not allow. Nothing has been posted yet.`,
  dialogBlocked: {
    it: 'Strict mode, set by your IT department, holds a post with a serious note until it is edited.',
    you: 'Strict mode, which you turned on in Settings, holds a post with a serious note until it is edited.',
  },
  dialogCount: (n: number) => (n === 1 ? '1 note' : `${n} notes`),
  // Below the dialog's list while part of it is out of sight (at 1024×600 most of a long list is).
  dialogMoreBelow: 'More notes below — scroll the list ↓',
  dialogAsk: 'Questions about the policy?',
  editPost: 'Edit post',
  postAnyway: 'Post anyway',
  dialogPrivacy: 'This check ran on your device; nothing was sent anywhere.',
  dialogPublicRecord: 'You are posting as the City: this post is a public record, kept as the policy for the City’s accounts says.',
  // Per-note answers (the card, the notes panel, the dialog): docs/on-the-sites.md, "Answering a note".
  notAProblem: 'Not a problem here',
  notAProblemHint: 'Sets this note aside for this draft, while its words stay as they are. Undo it from PostCheck’s button in the browser’s toolbar.',
  dismissHeld: {
    it: 'Strict mode, set by your IT department, keeps a serious note until the post is edited: it cannot be set aside.',
    you: 'Strict mode, which you turned on in Settings, keeps a serious note until the post is edited: it cannot be set aside.',
  },
  announceDismissed: 'Note set aside for this draft. To undo it, click PostCheck’s button in the browser’s toolbar.',
  dialogAllDismissed: 'You set aside every note in this post, so nothing holds it now. Post it, or go back and edit it.',
  tellIt: 'Tell IT this note is wrong',
  reportIntro: 'PostCheck sends nothing itself. Read the report below, then send it yourself if you wish.',
  reportIncludeSentence: 'Include the flagged sentence',
  reportTo: (to: string) => `To: ${to}`,
  reportToNobody: 'To: your IT department (your city’s rule pack names no address)',
  reportSubjectLine: (subject: string) => `Subject: ${subject}`,
  reportEmail: 'Open in your e-mail',
  reportCopy: 'Copy the report',
  reportCopied: 'Report copied. Paste it into a message to your IT department.',
  reportCopyFailed: 'The report could not be copied here. Select its text and copy it yourself.',
  reportSubject: (ruleId: string) => `PostCheck note that may be wrong (${ruleId})`,
  reportOpening: 'I think this PostCheck note is wrong for my post.',
  reportRule: 'Rule:',
  reportCategory: 'Category:',
  reportPack: 'Rule pack:',
  reportPackValue: (id: string, version: number) => `${id}, version ${version}`,
  reportExtension: 'PostCheck version:',
  reportSentence: 'Flagged sentence:',
  reportWhy: 'Why I think it is wrong:',
  // The pack's contact, made actionable in the dialog (each part only where the pack gives it).
  contactEmail: (address: string) => `E-mail ${address}`,
  contactPhone: (phone: string) => `Call ${phone}`,
  contactWeb: 'Policy help page',
  contactEmailSubject: 'A question before I post',
  // The popup: the notes set aside in this tab (memory only).
  dismissedTitle: 'Notes you set aside',
  dismissedIntro: 'Kept in memory only, until this tab or the browser closes. Undo one to see its note again.',
  dismissedUndo: 'Undo',
  dismissedUndoLabel: (words: string) => `Undo: “${words}”`,
  dismissedUndone: 'The note is back in your draft.',
  // One-click fixes on a note (docs/on-the-sites.md, "Fixing a note in one click"): the site's editor makes the edit, as if typed.
  fixRemove: {
    phone: 'Remove the phone number',
    email: 'Remove the e-mail address',
    'city-email': 'Remove the City e-mail address',
    ssn: 'Remove the number',
    code: 'Remove the code',
  },
  fixAppend: (text: string) => `Add “${text}” at the end`,
  fixHint: 'Edits your draft the way typing would; Ctrl+Z brings it back.',
  fixRemoved: 'Removed from your draft. Ctrl+Z brings it back.',
  fixAppended: 'Added at the end of your draft. Ctrl+Z takes it out.',
  fixStale: 'Your draft changed since this note, so nothing was edited.',
  fixFailed: 'The site’s editor did not take the change. Nothing else was touched; edit the draft yourself.',
} as const;

/** A table's shape without its English literals: what every language's table must fill in. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : { readonly [K in keyof T]: Widen<T[K]> };
export type Strings = Widen<typeof EN>;

const TABLES: Record<Language, Strings> = { en: EN, es: ES };
/** Where the language's own region is not the browser's (Spanish chosen in an English browser): the region PostCheck's readers live in. */
const DEFAULT_LOCALES: Record<Language, string> = { en: 'en-US', es: 'es-US' };

/** The strings of the language in use (English until `setLanguage`). */
export let STRINGS: Strings = EN;
let language: Language = 'en';
let locale = DEFAULT_LOCALES.en;

/**
 * Switches every string, and the locale dates and numbers are written in:
 * the browser's own locale when it is of this language ("es-MX"), else the
 * language's default. Call before the first render.
 */
export function setLanguage(next: Language, browserLocale = ''): void {
  language = next;
  STRINGS = TABLES[next];
  locale = browserLocale.toLowerCase().split(/[-_]/)[0] === next ? browserLocale : DEFAULT_LOCALES[next];
}

export function currentLanguage(): Language {
  return language;
}

/** The BCP 47 locale for Intl (dates, numbers). */
export function currentLocale(): string {
  return locale;
}

/** The English table, for tests and for what must stay English. */
export const STRINGS_EN: Strings = EN;
