/** The word lists as data: every file in rules/vocabulary/ valid, and the contract that refuses a broken one. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledVocabulary } from '../../../rules/vocabulary/index';
import { WordList } from '../../../rules/vocabulary/schema';
import { readableIssues } from '../../../rules/schema';
import { BASE_VOCABULARY, type ListId, type Vocabulary } from '../../../rules/vocabulary/base';

const dir = fileURLToPath(new URL('../../../rules/vocabulary/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const read = (file: string): unknown => JSON.parse(readFileSync(`${dir}${file}`, 'utf8'));

/** The schema's complaints about a list, one line each ([] when it is valid). */
function problems(list: unknown): string[] {
  const result = WordList.safeParse(list);
  return result.success ? [] : readableIssues(result.error.issues, '(list)');
}

const list = (more: Record<string, unknown> = {}) => ({ id: 'trash-words', purpose: 'Test list.', source: 'This test.', phrases: ['trash', 'garbage'], ...more });

describe('the bundled word lists', () => {
  it.each(files)('%s is valid: no phrase twice, none also an exception, written as the matcher reads it', (file) => {
    expect(problems(read(file))).toEqual([]);
  });

  it('are each named by their id, and every file is one the checker validates at load', () => {
    for (const file of files) expect((read(file) as { id: string }).id, file).toBe(file.replace(/\.json$/, ''));
    expect([...bundledVocabulary().keys()].sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')));
  });
});

/** The checker's own code, outside the lists' folder: every .ts file under rules/. */
function checkerSources(folder = fileURLToPath(new URL('../../../rules/', import.meta.url))): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'vocabulary' ? [] : checkerSources(`${path}/`);
    return entry.name.endsWith('.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('the lists the checker reads (rules/vocabulary/base.ts)', () => {
  it('are each read by some detector: a list nothing reads would be edited, by the team or a pack, for nothing', () => {
    const code = checkerSources().join('\n');
    const unread = files.map((f) => f.replace(/\.json$/, '')).filter((id) => !code.includes(`'${id}'`) && !new RegExp(`\\.${id}\\b`).test(code));
    expect(unread).toEqual([]);
  });

  it('are every file, with its phrases and exceptions as written', () => {
    expect(Object.keys(BASE_VOCABULARY).sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')));
    for (const [id, list] of bundledVocabulary()) {
      const read = (BASE_VOCABULARY as Vocabulary)[id as ListId];
      expect({ phrases: read.phrases, exceptions: read.exceptions }, id).toEqual({ phrases: list.phrases, exceptions: list.exceptions });
    }
  });
});

describe('the lists that protect speech (a floor for every pack)', () => {
  const lists = [...bundledVocabulary().values()];

  it('are the lists whose purpose is protected speech, and those are marked', () => {
    const marked = lists.filter((l) => l.protectsSpeech).map((l) => l.id);
    expect(marked).toEqual(lists.filter((l) => l.purpose.startsWith('Protected speech')).map((l) => l.id));
    expect(marked.sort()).toEqual(['advocacy', 'collective-topics', 'collective-voice', 'discrimination-complaints', 'policy-objects']);
  });

  it('take only "protectsSpeech": true (a list that does not protect speech leaves it out)', () => {
    expect(problems(list({ protectsSpeech: false })).join('\n')).toMatch(/^protectsSpeech: /m);
    expect(problems(list({ protectsSpeech: true }))).toEqual([]);
  });
});

describe('WordList', () => {
  it('refuses a phrase listed twice, naming it and where', () => {
    expect(problems(list({ phrases: ['trash', 'garbage', 'trash'] }))).toEqual(['phrases.2: "trash" is listed twice']);
    expect(problems(list({ exceptions: ['trash day', 'trash day'] }))).toEqual(['exceptions.1: "trash day" is listed twice']);
  });

  it('refuses a phrase that is also one of its own exceptions', () => {
    expect(problems(list({ exceptions: ['trash day', 'garbage'] }))).toEqual(['phrases.1: "garbage" is both a phrase and an exception of trash-words']);
  });

  it('refuses phrases not written the way the matcher reads them', () => {
    const lines = problems(list({ phrases: ['Trash', ' garbage', 'bulk  trash', 'bulk\ttrash', ''] }));
    expect(lines).toEqual([
      'phrases.0: "Trash" must be lower case (matching ignores case)',
      'phrases.1: " garbage" must not start or end with a space',
      'phrases.2: "bulk  trash" words are separated by one plain space',
      'phrases.3: "bulk\ttrash" words are separated by one plain space',
      'phrases.4: "" must have 1 to 100 characters',
    ]);
  });

  it('asks for what the list is for and where it comes from, and nothing else', () => {
    const lines = problems({ id: 'Trash Words', phrases: ['trash'], extra: true }).join('\n');
    expect(lines).toMatch(/^id: lower-case words joined by dashes/m);
    expect(lines).toMatch(/^purpose: /m);
    expect(lines).toMatch(/^source: /m);
    expect(lines).toMatch(/extra/);
  });
});

describe('rules/', () => {
  // A literal run of this many strings is a phrase list: it belongs in rules/vocabulary/ (grammatical words stay code).
  const PHRASE_LIST = /(?:(['"])(?:\\.|(?!\1)[^\\\n])*\1\s*,\s*){15,}['"]/;
  const sources = (readdirSync(fileURLToPath(new URL('../../../rules/', import.meta.url)), { recursive: true }) as string[]).filter(
    // name-lexicon.ts is compromise's own lexicon, generated by scripts/make-name-lexicon.mjs.
    (f) => f.endsWith('.ts') && !f.endsWith('name-lexicon.ts'),
  );

  it.each(sources)('%s holds no phrase list', (file) => {
    const text = readFileSync(fileURLToPath(new URL(`../../../rules/${file}`, import.meta.url)), 'utf8');
    expect(PHRASE_LIST.exec(text)?.[0]).toBeUndefined();
  });
});
