/**
 * The pack studio's strings (entrypoints/studio/), in English, with the
 * Spanish in studio-strings-es.ts typed by this table. Kept apart from
 * strings.ts because only the studio and the settings link use them. The
 * schema's own messages about a pack stay in English, as `postcheck validate` prints them.
 */
import type { LexiconField } from '../rules/lexicon-fields';
import { currentLanguage } from './strings';
import { STUDIO_ES } from './studio-strings-es';

const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

const EN = {
  pageTitle: 'PostCheck — Pack studio',
  optionsHeading: 'For communications and HR staff',
  optionsIntro: 'Edit your city’s rule pack — its clauses, messages, examples and words — without editing JSON, and try it on drafts.',
  optionsLink: 'Open the pack studio',
  title: 'Pack studio',
  intro:
    'Open your city’s rule pack, edit it, try it on drafts and save it for signing. The file stays on this computer: nothing is uploaded, and nothing is kept after you close this page.',
  openLabel: 'Open a pack file (.json)',
  dropZone: 'Or drop a pack file here',
  startTemplate: 'Start from the template pack',
  openProblem: (file: string, problem: string) => `${file} could not be opened: ${problem}.`,
  tooLarge: 'it is larger than a pack may be',
  notText: 'it is not UTF-8 text',
  notPack: 'it is not a pack (a pack is one JSON object)',
  signedFile: 'it is a signed pack; open the pack file that was signed (the one without “.signed”)',
  editing: (file: string) => `Editing ${file}`,
  statusValid: 'No problems in the fields. Signing also runs the rules’ examples: try them below.',
  statusProblems: (n: number) => `${plural(n, 'problem', 'problems')} to fix before signing.`,
  summaryTitle: (n: number) => (n === 1 ? 'There is 1 problem' : `There are ${n} problems`),
  sectionPack: 'The pack',
  fields: {
    id: 'Pack id',
    city: 'City',
    version: 'Version',
    policyVersion: 'Policy version',
    date: 'Date (YYYY-MM-DD)',
    expires: 'Expires (YYYY-MM-DD)',
    contact: 'Who to ask (shown before posting)',
    title: 'Policy title',
    section: 'Section',
    text: 'Clause text, exactly as the policy words it',
    summary: 'Plain summary (one line)',
    message: 'Message',
    suggestion: 'Suggestion (optional)',
    severity: 'Severity',
    match: 'Drafts it must flag (one per line)',
    noMatch: 'Drafts it must leave alone (one per line)',
    add: 'Phrases to add (one per line)',
    remove: 'Phrases to remove (one per line)',
  },
  versionHint: 'Raise it by one for every release: the extension only takes a higher version.',
  sectionClauses: 'Clauses',
  clausesIntro: 'Quote each clause word for word from the policy. The summary is the plain line employees see on every note that rests on the clause.',
  clauseLegend: (section: string) => `Section ${section}`,
  sectionRules: 'Rules',
  rulesIntro: 'What each rule says to an employee, how serious it is, and the drafts that show what it catches and what it leaves alone.',
  ruleLegend: (id: string, category: string) => `Rule ${id} (${category})`,
  ruleCites: (clauses: string) => `Rests on: ${clauses}`,
  severities: { block: 'Serious (asks before posting)', warn: 'Check before posting', info: 'Note' },
  sectionLexicon: 'Your city’s words',
  lexiconIntro: 'Names, places and titles the rules look for, one per line.',
  lexicon: {
    cityNames: 'City names',
    emailDomains: 'E-mail domains',
    departments: 'Departments',
    jobTitles: 'Job titles',
    officials: 'Officials',
    officialAccounts: 'Official accounts',
    hashtags: 'Hashtags',
    facilities: 'Facilities',
  } satisfies Record<LexiconField, string>,
  sectionVocabulary: 'Changes to the word lists',
  vocabularyIntro: 'Add phrases to PostCheck’s word lists for your city, or remove ones that do not fit it.',
  vocabularyFloor: 'This list protects speech: phrases may be added to it, never removed.',
  vocabularyChoose: 'Word list',
  vocabularyAddList: 'Change this list',
  vocabularyDropList: (list: string) => `Drop the changes to ${list}`,
  sectionTry: 'Try the pack',
  tryInvalid: 'Fix the problems above to try the pack.',
  runExamples: 'Run the rules’ examples',
  examplesResult: (passed: number, total: number) => `${passed} of ${plural(total, 'example passes', 'examples pass')}.`,
  checksPassed: 'Every example passes and the pack is quick to check with: it is ready for postcheck sign.',
  costProblem: (problem: string) => `postcheck sign would refuse this pack: ${problem}.`,
  draftLabel: 'A draft to try',
  draftNotes: 'Notes on this draft',
  noNotes: 'Nothing to flag in this draft.',
  judging: 'The sentence judge is still reading the draft…',
  limited: (why: string) => `The sentence judge is not answering (${why}): these are the rules’ notes alone.`,
  sectionSave: 'Save',
  saveButton: 'Save the pack',
  saveHint: 'The pack is saved as a file in your downloads. Sign it with postcheck sign on the computer that keeps the signing key: the key never goes into a browser.',
  saveWithProblems: (n: number) => `The pack still has ${plural(n, 'problem', 'problems')}: postcheck sign will refuse it until they are fixed.`,
  saved: (file: string) => `Saved as ${file}.`,
  issueEmpty: 'Write something here.',
  issueTooLong: (max: number) => `Too long: at most ${max} characters.`,
  issueTooFew: (min: number) => `Give at least ${min}, one per line.`,
  issueTooMany: (max: number) => `Too many: at most ${max}.`,
  issueLine: (line: number, message: string) => `Line ${line}: ${message}`,
  placePack: 'The pack',
  placeRule: (id: string) => `Rule ${id}`,
  placePolicy: (id: string) => `Policy ${id}`,
  placeClause: (policy: string, section: string) => `${policy} section ${section}`,
  placeList: (list: string) => `Word list ${list}`,
};

/** The table's shape without its English literals, as strings.ts types its Spanish. */
type Shape<T> = T extends string ? string : T extends (...args: infer A) => infer R ? (...args: A) => Shape<R> : { readonly [K in keyof T]: Shape<T[K]> };
export type StudioStrings = Shape<typeof EN>;

/** The studio's strings in the language chosen in settings (setLanguage in strings.ts). */
export function studioStrings(): StudioStrings {
  return currentLanguage() === 'es' ? STUDIO_ES : EN;
}

export const STUDIO_EN: StudioStrings = EN;
