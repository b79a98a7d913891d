/**
 * `official-capacity`: a personal post that presents the author as speaking for
 * the city — "on behalf of the city", announcement voice, committing the city to
 * action, a first-person role statement with the city's name, a city e-mail
 * address, a work signature block, or city insignia, uniforms and vehicles in
 * pictures. A "views are my own" disclaimer lowers the finding one step; the
 * template policy deems title + city official capacity regardless.
 */
import type { FindingKind } from '../finding-kinds';
import { escapeRegExp, literalAlternation, type Span, type TextView } from '../text';
import type { Lexicon as PackLexicon } from '../schema';
import type { Vocabulary } from '../vocabulary/base';
import { allMatches, hasMatch, type Matcher, matchesAtAnchors, memoByLexicon, memoByVocabulary, type PhraseMatcher, wordList } from './match';
import type { DetectorInput, Hit } from './types';
import type { OfficialCapacityParams } from './params';

const officialLists = memoByVocabulary((v: Vocabulary) => ({
  speaking: wordList(v['speaking-for'].phrases),
  behalfLead: wordList(v['behalf-leads'].phrases),
  promise: wordList(v['promises-to-residents'].phrases),
  citizenRole: wordList(v['citizen-roles'].phrases),
  announce: wordList(v.announcements.phrases),
  disclaimer: wordList(v.disclaimers.phrases),
  imagery: wordList(v['city-imagery'].phrases),
  photo: wordList(v['photo-words'].phrases),
  selfInPhoto: wordList(v['self-photo'].phrases),
  roleLead: wordList(v['role-leads'].phrases),
  bulletinFrom: wordList(v['bulletin-leads'].phrases),
  membership: wordList(v['membership-statements'].phrases),
  authority: wordList(v['authority-voice'].phrases),
  opinion: wordList(v['opinion-words'].phrases),
  /** "Public Works update:": a bulletin word and a colon right after a department's name. */
  bulletinWord: new RegExp(String.raw`^\s+(?:${literalAlternation(v['bulletin-words'].phrases)})\s*:`),
  /** "in our APD uniforms", "my dress blues", "con mi uniforme": the author's own uniform. */
  ownUniform: new RegExp(String.raw`\b(?:my|our|the new|in full|mi|mis|nuestro|nuestros)\s+(?:[\p{L}&]+\s+)?(?:${literalAlternation(v['uniform-words'].phrases)})\b`, 'gu'),
  /** "Our department recommends…", "my division will…": the department speaking through the author. */
  departmentVoice: new RegExp(
    String.raw`(?<![\p{L}])(?:our|my)\s+(?:${literalAlternation(v['department-units'].phrases)})\s+(?:${literalAlternation(v['department-advice-verbs'].phrases)})\b`,
    'gu',
  ),
  /** "Officer Gomez, EPPD Badge 4471": a title and name run together with the department (the title capitalised, as signed). */
  signatureTitle: new RegExp(String.raw`(?<![\p{L}])(?:${v['signature-titles'].phrases.map(capitalised).join('|')})\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*[,|–—-]\s*`, 'gu'),
}));

/** A list phrase as it starts a signature: "sgt." → "Sgt\.". */
function capitalised(phrase: string): string {
  return escapeRegExp(phrase.charAt(0).toUpperCase() + phrase.slice(1));
}
type OfficialLists = ReturnType<typeof officialLists>;

const NEGATION_BEFORE = /(?:not|n't|never|no longer|nor)\s+(?:\w+\s+){0,2}$/;
/** What may stand between a behalf lead and the city: "everyone at", "todos en", an article. */
const BEHALF_GAP = /^\s*(?:(?:everyone|all of us|the team|the whole team|the staff|all|todos|todas|todos nosotros|el equipo|todo el equipo)\s+(?:at|of|in|de|en)\s+)?(?:(?:the|la|el|los|las)\s+)?$/;
const EMAIL = /(?<![\w.+-])[a-z0-9._%+-]+@([a-z0-9.-]+\.[a-z]{2,})(?![\w])/g;
/** The characters of an address before its @. */
const EMAIL_LOCAL_PART = /[a-z0-9._%+-]/;

interface Lexicon {
  city: Matcher;
  titles: Matcher;
  departments: PhraseMatcher;
  cityOrDept: Matcher;
  hasCity: boolean;
}

/** The pack's lexicon with the generic titles and city words: by vocabulary, then by lexicon (IT's entries make a lexicon of their own). */
const lexiconRegExps = memoByVocabulary((v: Vocabulary) =>
  memoByLexicon((lexicon: PackLexicon): Lexicon => {
    const cityNames = lexicon.cityNames;
    return {
      city: wordList([...cityNames, ...cityNames.map((c) => `${c}'s`), 'city of', 'the city']),
      titles: wordList([...v['generic-titles'].phrases, ...lexicon.jobTitles]),
      departments: wordList(lexicon.departments),
      cityOrDept: wordList([...cityNames, ...lexicon.departments, ...lexicon.facilities, ...v['city-generic'].phrases]),
      hasCity: cityNames.length > 0,
    };
  }),
);

/** "I'm a firefighter with Alexandria FD", "as a planner for the city", "Vicksburg's building inspector here". */
function roleStatements(view: TextView, lex: Lexicon, lists: OfficialLists): Span[] {
  const { folded } = view;
  const out: Span[] = [];
  for (const lead of allMatches(lists.roleLead, folded)) {
    const sentence = view.sentenceAt(lead.start);
    const title = allMatches(lex.titles, folded, lead.end, Math.min(sentence.end, lead.end + 45))[0];
    if (!title) continue;
    // The city can come after the title ("a planner for the city") or before it ("an El Paso police officer").
    const org = allMatches(lex.cityOrDept, folded, title.end, Math.min(sentence.end, title.end + 50))[0] ?? allMatches(lex.cityOrDept, folded, lead.end, title.start)[0];
    if (!org) continue;
    // "as a resident of the city" is a citizen, not a role.
    if (hasMatch(lists.citizenRole, folded, lead.end, title.end)) continue;
    out.push({ start: lead.start, end: Math.max(org.end, title.end) });
  }
  // "As Alexandria's assistant city attorney, …"
  for (const city of allMatches(lex.city, folded)) {
    if (!/(?:^|[^\p{L}])as\s+$/u.test(folded.slice(Math.max(0, city.start - 4), city.start))) continue;
    const title = allMatches(lex.titles, folded, city.end, Math.min(folded.length, city.end + 40))[0];
    if (title) out.push({ start: city.start - 3, end: title.end });
  }
  // "I'm with Vicksburg Public Works", "I work for the city": membership without a title.
  for (const m of allMatches(lists.membership, folded)) {
    const sentence = view.sentenceAt(m.start);
    const org = allMatches(lex.cityOrDept, folded, m.end, Math.min(sentence.end, m.end + 12))[0];
    if (org && org.start - m.end <= 5) out.push({ start: m.start, end: org.end });
  }
  // Possessive form: "Alexandria's fire chief", "the city's new planner".
  for (const city of allMatches(lex.city, folded)) {
    if (!folded.slice(city.start, city.end).endsWith("'s")) continue;
    const title = allMatches(lex.titles, folded, city.end, Math.min(folded.length, city.end + 25))[0];
    if (title && /\b(i'm|i am|im|me|myself|here)\b/.test(folded.slice(Math.max(0, city.start - 25), Math.min(folded.length, title.end + 10))))
      out.push({ start: city.start, end: title.end });
  }
  return out;
}

/** A sign-off block: a line with a job title, then (within two lines) a line naming the city or a department. */
function signatureBlocks(view: TextView, lex: Lexicon): Span[] {
  const { folded } = view;
  const lines: Span[] = [];
  let pos = 0;
  for (const line of folded.split('\n')) {
    lines.push({ start: pos, end: pos + line.length });
    pos += line.length + 1;
  }
  const out: Span[] = [];
  lines.forEach((line, i) => {
    const text = folded.slice(line.start, line.end).trim();
    if (!text || text.length > 60 || /[.!?]$/.test(text)) return;
    // "Environmental Services, City of El Paso" as the last line: department and city in one sign-off.
    if (i >= lines.length - 2 && text.length <= 70 && lex.departments.size > 0 && hasMatch(lex.departments, folded, line.start, line.end) && hasMatch(lex.city, folded, line.start, line.end) && i > 0) {
      out.push({ start: line.start, end: line.end });
      return;
    }
    const departmentLine = /\b(?:department|dept\.?|division|office of)\b/.test(text) || (lex.departments.size > 0 && hasMatch(lex.departments, folded, line.start, line.end));
    if (!hasMatch(lex.titles, folded, line.start, line.end) && !departmentLine) return;
    for (let j = i + 1; j <= Math.min(lines.length - 1, i + 2); j++) {
      const next = lines[j]!;
      const nextText = folded.slice(next.start, next.end).trim();
      if (nextText.length <= 70 && (hasMatch(lex.city, folded, next.start, next.end) || (lex.departments.size > 0 && hasMatch(lex.departments, folded, next.start, next.end)))) {
        out.push({ start: line.start + (folded.slice(line.start, line.end).length - folded.slice(line.start, line.end).trimStart().length), end: next.end });
        return;
      }
    }
  });
  return out;
}

export function detectOfficialCapacity(input: DetectorInput, params: OfficialCapacityParams): Hit[] {
  const { view } = input;
  const { folded } = view;
  const lex = lexiconRegExps(input.vocabulary)(input.lexicon);
  const lists = officialLists(input.vocabulary);
  const found: (Span & { strict?: boolean; kind?: FindingKind })[] = [];
  // Each signal's hits are tagged with it as they are found (below): the note's wording and its fix follow.
  let tagged = 0;
  const tag = (kind: FindingKind) => {
    for (; tagged < found.length; tagged++) found[tagged] = { ...found[tagged]!, kind };
  };
  const signals = new Set(params.signals);
  const mentionsCity = hasMatch(lex.cityOrDept, folded);

  if (signals.has('speaking-for')) {
    // Bare "on behalf of", "de parte de" count only with the city or a department right after them.
    for (const m of allMatches(lists.behalfLead, folded)) {
      if (NEGATION_BEFORE.test(folded.slice(Math.max(0, m.start - 20), m.start))) continue;
      const org = allMatches(lex.cityOrDept, folded, m.end, Math.min(folded.length, m.end + 60))[0];
      // "on behalf of everyone at El Paso Water", "de parte de todos en Sun Metro": only a few words may stand between.
      if (org && BEHALF_GAP.test(folded.slice(m.end, org.start))) found.push({ start: m.start, end: org.end });
    }
    for (const m of allMatches(lists.speaking, folded)) {
      if (NEGATION_BEFORE.test(folded.slice(Math.max(0, m.start - 20), m.start))) continue;
      // "we'll fix it" is only the city speaking when the post is about the city.
      if (/^(we|i|our|my)/.test(m.text) && !/city|department/.test(m.text) && !mentionsCity) continue;
      found.push(m);
    }
    // "yo se los arreglo", "les confirmo": a favour or promise in the author's name, official when the post is about the city.
    if (mentionsCity) for (const m of allMatches(lists.promise, folded)) found.push(m);
  }
  tag('speaking-for');
  if (signals.has('announcement') && mentionsCity) {
    for (const m of allMatches(lists.announce, folded)) found.push(m);
  }
  tag('announcement');
  if (signals.has('speaking-for')) {
    for (const m of allMatches(lists.departmentVoice, folded)) found.push(m);
    // "Message from the El Paso Streets Department:" — a bulletin signed by the department.
    for (const m of allMatches(lists.bulletinFrom, folded)) {
      const org = allMatches(lex.cityOrDept, folded, m.end, Math.min(folded.length, m.end + 45))[0];
      // Relaying the city's own page ("a reminder from the city's official page") is not speaking for it.
      const relayed = org && /^'s\b/.test(folded.slice(org.end, org.end + 3));
      if (org && !relayed && org.start - m.end <= 6 && org.end - org.start > 4) found.push({ start: m.start, end: org.end });
    }
    // "Public Works update: crews are out tonight" — a department's bulletin.
    for (const org of allMatches(lex.cityOrDept, folded)) {
      if (org.end - org.start > 4 && lists.bulletinWord.test(folded.slice(org.end, org.end + 16))) found.push({ start: org.start, end: org.end + folded.slice(org.end).indexOf(':') + 1 });
    }
    // "Vicksburg Police Dept. here: the parade route…" — the department introducing itself.
    for (const org of allMatches(lex.cityOrDept, folded)) {
      if (/^\.?(?:\s+[\p{L}.]+){0,2}?\s+here\s*[:,!-]/u.test(folded.slice(org.end, org.end + 40)) && org.end - org.start > 4) found.push({ start: org.start, end: org.end + folded.slice(org.end).indexOf('here') + 4 });
    }
  }
  tag('speaking-for');
  if (signals.has('role-statement')) {
    const roles = roleStatements(view, lex, lists);
    const authoritative = hasMatch(lists.authority, folded) || hasMatch(lists.opinion, folded);
    for (const r of roles) {
      const explicit = /^speaking as/.test(folded.slice(r.start, r.end));
      if (params.titleWithCityIsOfficial) found.push({ ...r, strict: true });
      else if (authoritative || explicit) found.push(r);
    }
  }
  tag('role-statement');
  if (signals.has('city-email') && folded.includes('@')) {
    const domains = new Set(input.lexicon.emailDomains.map((d) => d.toLowerCase()));
    for (const m of matchesAtAnchors(EMAIL, folded, '@', EMAIL_LOCAL_PART)) {
      const domain = m.groups[0] ?? '';
      if ([...domains].some((d) => domain === d || domain.endsWith(`.${d}`))) found.push({ ...m, strict: true });
    }
  }
  tag('city-email');
  if (signals.has('signature')) {
    for (const s of signatureBlocks(view, lex)) found.push({ ...s, strict: params.titleWithCityIsOfficial });
    // "- Public Works" or "— Sam Ortiz, Traffic Engineer, City of Alexandria" closing the post.
    const tail = folded.trimEnd();
    const signOff = /[-–—]\s*([^-–—\n]{2,80})$/.exec(tail);
    if (signOff) {
      const from = signOff.index + signOff[0].indexOf(signOff[1]!);
      const org = allMatches(lex.cityOrDept, folded, from, tail.length).find((o) => o.end >= tail.length - 2);
      if (org && (org.start - from < 3 || hasMatch(lex.titles, folded, from, org.start))) found.push({ start: signOff.index, end: tail.length, strict: params.titleWithCityIsOfficial });
    }
    // "Alexandria Police Department — Patrol Sergeant": the department and a title run together.
    for (const org of allMatches(lex.cityOrDept, folded)) {
      if (org.end - org.start < 5) continue;
      const sep = /^\s*[—–|,-]\s*/.exec(folded.slice(org.end, org.end + 5));
      if (!sep) continue;
      const title = allMatches(lex.titles, folded, org.end + sep[0].length, Math.min(folded.length, org.end + sep[0].length + 30))[0];
      if (title && title.start - (org.end + sep[0].length) < 12) found.push({ start: org.start, end: title.end, strict: params.titleWithCityIsOfficial });
    }
    // "Jordan Ellis | Senior Planner | City of Vicksburg": a title, a separator, the city.
    for (const title of allMatches(lex.titles, folded)) {
      const sep = /^\s*[|—–,]\s*/.exec(folded.slice(title.end, title.end + 5));
      if (!sep) continue;
      const org = allMatches(lex.cityOrDept, folded, title.end + sep[0].length, Math.min(folded.length, title.end + sep[0].length + 40))[0];
      if (org && org.start === title.end + sep[0].length && org.end - org.start > 4) found.push({ start: title.start, end: org.end, strict: params.titleWithCityIsOfficial });
    }
    for (const m of allMatches(lists.signatureTitle, view.text)) {
      const org = allMatches(lex.cityOrDept, folded, m.end, Math.min(folded.length, m.end + 30))[0];
      if (org && org.start - m.end <= 3) found.push({ start: m.start, end: org.end, strict: params.titleWithCityIsOfficial });
    }
  }
  tag('signature');
  if (signals.has('imagery')) {
    // "in our APD uniforms 📸": a uniform the author wears, however the department is written.
    for (const m of allMatches(lists.ownUniform, folded)) if (hasMatch(lists.photo, folded, Math.max(0, m.start - 80), Math.min(folded.length, m.end + 80))) found.push(m);
    for (const m of allMatches(lists.imagery, folded)) {
      const window: Span = { start: Math.max(0, m.start - 80), end: Math.min(folded.length, m.end + 80) };
      const pictured = hasMatch(lists.photo, folded, window.start, window.end);
      const explicitInsignia = /seal|logo|emblem|patch|flag|sello|escudo|emblema|parche|bandera/.test(m.text);
      // Vehicles, uniforms and premises matter when the author poses with them, not when a child visits a fire truck.
      const authorPictured = hasMatch(lists.selfInPhoto, folded, window.start, window.end) || /^my |uniform/.test(m.text);
      if (pictured && (explicitInsignia || authorPictured)) found.push(m);
    }
  }

  tag('imagery');
  const disclaimed = params.disclaimerSoftens && hasMatch(lists.disclaimer, folded);
  return found.map(({ start, end, strict, kind }) => {
    const hit: Hit = { start, end, ...(kind ? { kind } : {}) };
    if (disclaimed && !strict) {
      hit.soften = 1;
      hit.note = 'Your disclaimer helps, but the post can still read as official.';
      // Offered only for a title beside the city's name, where the rule's own suggestion names it: a disclaimer never
      // cancels speaking, announcing or committing for the city (LABELS.md), and the sentence judge keeps those.
    } else if (params.disclaimerSoftens && !strict && kind === 'role-statement') hit.disclaimable = true;
    return hit;
  });
}
