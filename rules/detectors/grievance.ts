/**
 * `grievance`: negative, discrediting remarks aimed at supervisors, coworkers,
 * officials or the department — including sarcasm and indirect references ("the
 * genius who runs our division") — and rumours about them.
 *
 * Protected speech is part of the rule, not an exception to it (docs/checker.md, detectors):
 * collective talk about wages, hours, staffing or safety, union activity,
 * complaints of discrimination, and citizen criticism of a policy are not
 * grievances. Grievance findings explain; the pack never makes them block.
 */
import { peopleIn } from '../people';
import { valence } from '../valence';
import { escapeRegExp, type Span, type TextView } from '../text';
import type { Lexicon } from '../schema';
import { allMatches, hasMatch, type Matcher, memoByLexicon, wordList } from './match';
import type { DetectorInput, Hit } from './types';
import type { GrievanceParams } from './params';
import { phrases as COLLECTIVE_TOPICS } from '../vocabulary/collective-topics.json';
import { phrases as COLLECTIVE_VOICE } from '../vocabulary/collective-voice.json';
import { phrases as DISCRIMINATION_COMPLAINT } from '../vocabulary/discrimination-complaints.json';
import { phrases as FICTION_WORDS } from '../vocabulary/fiction-words.json';
import { phrases as INDIRECT_SUPERIOR } from '../vocabulary/indirect-superiors.json';
import { exceptions as NOT_INSULT_ADJECTIVES, phrases as INSULT_ADJECTIVES } from '../vocabulary/insult-adjectives.json';
import { exceptions as NOT_INSULT_NOUNS, phrases as INSULT_NOUNS } from '../vocabulary/insult-nouns.json';
import { exceptions as NOT_NEGATIVE_EVALUATION, phrases as NEGATIVE_EVALUATION } from '../vocabulary/negative-evaluation.json';
import { phrases as NEWS_WORDS } from '../vocabulary/news-words.json';
import { phrases as PERSONAL_ATTACKS } from '../vocabulary/personal-attacks.json';
import { phrases as POLICY_OBJECTS } from '../vocabulary/policy-objects.json';
import { phrases as PRAISE_WORDS } from '../vocabulary/praise.json';
import { phrases as RUMOUR } from '../vocabulary/rumour-markers.json';
import { phrases as SARCASM_MARKERS } from '../vocabulary/sarcasm-markers.json';
import { phrases as SARCASTIC_PRAISE } from '../vocabulary/sarcastic-praise.json';
import { phrases as SCANDAL } from '../vocabulary/scandal.json';
import { phrases as SHORT_SARCASM_WORDS } from '../vocabulary/short-sarcasm.json';
import { phrases as SUPERIORS } from '../vocabulary/superiors.json';
import { phrases as WORKPLACE_ROLES } from '../vocabulary/workplace-roles.json';

const TARGET = wordList([...WORKPLACE_ROLES, ...INDIRECT_SUPERIOR]);
const SUPERIOR = wordList([...SUPERIORS, ...INDIRECT_SUPERIOR]);
const NEGATIVE = wordList(NEGATIVE_EVALUATION);
/** Name-calling is a detrimental remark too, when it follows the coworker it is about. */
const INSULTS = wordList([...INSULT_NOUNS, ...INSULT_ADJECTIVES]);
const NOT_INSULT = wordList([...NOT_INSULT_NOUNS, ...NOT_INSULT_ADJECTIVES]);
const SARCASTIC = wordList(SARCASTIC_PRAISE);
const SARCASM = wordList(SARCASM_MARKERS);
const RUMOURS = wordList(RUMOUR);
const SCANDALS = wordList(SCANDAL);
const NEWS = new Set(NEWS_WORDS);
const COLLECTIVE_TOPIC = wordList(COLLECTIVE_TOPICS);
const COLLECTIVE = wordList(COLLECTIVE_VOICE);
const COMPLAINT = wordList(DISCRIMINATION_COMPLAINT);
const POLICY = wordList(POLICY_OBJECTS);
/** Praise and neutral mentions that share words with digs ("my boss is the best", "a great job"). */
const PRAISE = wordList(PRAISE_WORDS);
/** Words that make "our department" a group speaking for itself ("our department is understaffed"). */
/** Everyday phrases that contain a negative word but judge no one. */
const NOT_NEGATIVE = wordList(NOT_NEGATIVE_EVALUATION);
const PERSONAL_ATTACK = wordList(PERSONAL_ATTACKS);

/** Is this sentence protected speech: collective workplace talk, a discrimination complaint, or policy criticism? (The sentence judge asks too.) */
export function isProtected(view: TextView, sentence: Span): boolean {
  const { folded } = view;
  const { start, end } = sentence;
  const attacksPerson = hasMatch(PERSONAL_ATTACK, folded, start, end) && (peopleIn(view, sentence).length > 0 || /\b(he|she|him|her|my boss|my supervisor|my manager)\b/.test(folded.slice(start, end)));
  if (attacksPerson) return false;
  if (hasMatch(COMPLAINT, folded, start, end)) return true;
  if (hasMatch(COLLECTIVE_TOPIC, folded, start, end) && hasMatch(COLLECTIVE, folded)) return true;
  // Criticism of a decision rather than of people: "the council's new parking policy is a mess".
  const policy = allMatches(POLICY, folded, start, end);
  const targets = allMatches(TARGET, folded, start, end).filter((t) => !isOwnRole(folded, t));
  // "the council's new parking policy", "council rules": the decision belongs to the people named.
  const possessed = (t: Span, p: Span) => p.start > t.end && /^(?:'s)?\s+(?:[\p{L}-]+\s+){0,2}$/u.test(folded.slice(t.end, p.start));
  if (policy.length && targets.every((t) => policy.some((p) => possessed(t, p)))) return true;
  return false;
}

/** "Meanwhile management takes 2 hr lunches": a contrast that makes a dig without a negative word. */
const CONTRAST_DIG = /(?:meanwhile|while|but|and yet|yet)\s+(?:upper\s+)?(?:management|the bosses|my boss|the brass|leadership|admin|the higher[- ]ups|the suits|our director|the director|the chief|my supervisor|our supervisor)\s+(?:takes?|gets?|sits?|does|goes|leaves?|plays?|golfs?|naps?|hides?|gives? (?:themselves|himself|herself))/u;
/** A one- or two-word sarcastic sentence after a remark about a superior ("…thinks email is a fad. Incredible."). */
const SHORT_SARCASM = new RegExp(String.raw`^\s*(?:${SHORT_SARCASM_WORDS.map(escapeRegExp).join('|')})\s*[.!]*\s*$`, 'u');

/** Fiction and reviews: "that movie about the crooked mayor". */
const FICTION = wordList(FICTION_WORDS);

/** "as an EPPD sergeant", "I'm a supervisor": the author's own role is not a target. */
function isOwnRole(folded: string, target: Span): boolean {
  if (/^(?:my|our)\b/.test(folded.slice(target.start, target.end))) return false;
  return /\b(?:as|i'm|i am|im)\s+(?:an?\s+|the\s+)?(?:[\p{L}]+\s+)?$/u.test(folded.slice(Math.max(0, target.start - 25), target.start));
}

function grievanceInSentence(view: TextView, sentence: Span, previous?: Span, next?: Span): Span | null {
  const { folded } = view;
  if (hasMatch(FICTION, folded, sentence.start, sentence.end)) return null;
  let targets = allMatches(TARGET, folded, sentence.start, sentence.end).filter((t) => !isOwnRole(folded, t));
  // A remark can point back at the superior named in the sentence before ("My current one is the worst").
  if (!targets.length && previous) targets = allMatches(TARGET, folded, previous.start, previous.end);
  // …or two sentences back, when this one is a short verdict ("Still nothing. Useless.").
  if (!targets.length && previous && sentence.end - sentence.start < 30) {
    const earlier = view.sentenceBefore(previous);
    if (earlier) targets = allMatches(TARGET, folded, earlier.start, earlier.end);
  }
  if (!targets.length) return null;
  const contrast = CONTRAST_DIG.exec(folded.slice(sentence.start, sentence.end));
  if (contrast && !isProtected(view, sentence)) return { start: sentence.start + contrast.index, end: sentence.start + contrast.index + contrast[0].length };
  if (next && SHORT_SARCASM.test(folded.slice(next.start, next.end)) && !hasMatch(PRAISE, folded, sentence.start, sentence.end)) {
    const first = targets[0]!;
    return { start: first.start, end: next.end };
  }
  if (hasMatch(PRAISE, folded, sentence.start, sentence.end) && !hasMatch(SARCASM, folded, sentence.start, sentence.end)) return null;
  const firstTarget = targets[0]!;
  const insults = allMatches(INSULTS, folded, Math.max(sentence.start, firstTarget.end), sentence.end).filter(
    (m) => !hasMatch(NOT_INSULT, folded, m.start - 20, m.end + 20) && /(?:\bis|\bare|\bwas|\bwere|'s|\bsuch|\bwhat)\s+(?:an?\s+|such an?\s+|so\s+|a total\s+|a complete\s+|a real\s+|the biggest\s+)?(?:\w+\s+)?$/.test(folded.slice(Math.max(sentence.start, m.start - 30), m.start)),
  );
  const negative = [...allMatches(NEGATIVE, folded, sentence.start, sentence.end).filter((m) => !hasMatch(NOT_NEGATIVE, folded, m.start - 10, m.end + 10)), ...insults].sort((a, b) => a.start - b.start);
  const sarcastic = allMatches(SARCASTIC, folded, sentence.start, sentence.end).filter(() => hasMatch(SARCASM, folded, sentence.start, Math.min(folded.length, sentence.end + 15)));
  // New wordings: the sentence reads clearly negative (AFINN) or carries an eye-roll.
  // Only for superiors, judged after they are named: "our manager pretending to understand the software 🙃".
  const superior = allMatches(SUPERIOR, folded, sentence.start, sentence.end)[0];
  const after: Span | null = superior ? { start: superior.end, end: sentence.end } : null;
  const mood = after ? valence(folded, after, NEWS) : { total: 0, worst: 0 };
  // An eye-roll anywhere in a short post aims at the superior it names ("…Real team player. 🙄").
  const eyeRoll = after !== null && (/[🙄🙃🤡😒🤦]/u.test(folded.slice(after.start, after.end)) || (folded.length < 400 && /[🙄🙃🤡😒🤦]/u.test(folded.slice(sentence.end))));
  const evaluation = negative[0] ?? sarcastic[0] ?? ((mood.total <= -3 && mood.worst <= -2) || eyeRoll ? sentence : undefined);
  if (!evaluation) return null;
  if (isProtected(view, sentence)) return null;
  const first = targets[0]!;
  const last = [...negative, ...sarcastic].reduce((end, m) => Math.max(end, m.end), evaluation.end);
  return { start: Math.min(first.start, evaluation.start), end: Math.max(first.end, last) };
}

function rumourInSentence(view: TextView, sentence: Span): Span | null {
  const { folded } = view;
  const rumour = allMatches(RUMOURS, folded, sentence.start, sentence.end)[0];
  if (!rumour) return null;
  const scandal = allMatches(SCANDALS, folded, rumour.end, sentence.end)[0];
  if (!scandal) return null;
  const about = hasMatch(TARGET, folded, sentence.start, sentence.end) || peopleIn(view, sentence).length > 0;
  return about ? { start: rumour.start, end: scandal.end } : null;
}

const lexiconTargetsOf = memoByLexicon((lexicon: Lexicon) => wordList([...lexicon.officials, ...lexicon.departments, ...lexicon.jobTitles]));

export function detectGrievance(input: DetectorInput, params: GrievanceParams): Hit[] {
  const { view } = input;
  const { folded } = view;
  // Prefilter: no workplace target anywhere (roles, officials, departments, people) → nothing to do.
  const lexiconTargets = lexiconTargetsOf(input.lexicon);
  const hasTarget = hasMatch(TARGET, folded) || hasMatch(lexiconTargets, folded);
  const hasRumour = params.rumours && hasMatch(RUMOURS, folded);
  if (!hasTarget && !hasRumour) return [];
  const hits: Hit[] = [];
  const sentences = view.sentences;
  for (const [i, sentence] of sentences.entries()) {
    const span = grievanceInSentence(view, sentence, sentences[i - 1], sentences[i + 1]) ?? lexiconGrievance(view, sentence, lexiconTargets);
    if (span) hits.push(span);
    if (params.rumours) {
      const rumour = rumourInSentence(view, sentence);
      if (rumour) hits.push(rumour);
    }
  }
  return hits;
}

/** "Councilwoman Reyes is a clown": the pack's own officials and departments as targets. */
function lexiconGrievance(view: TextView, sentence: Span, targets: Matcher): Span | null {
  const { folded } = view;
  const target = allMatches(targets, folded, sentence.start, sentence.end)[0];
  if (!target) return null;
  // The department or official must be what the remark is about: named first, judged after.
  const negative = allMatches(NEGATIVE, folded, target.end, sentence.end).find((m) => !hasMatch(NOT_NEGATIVE, folded, m.start - 10, m.end + 10));
  if (!negative || isProtected(view, sentence)) return null;
  if (hasMatch(PRAISE, folded, sentence.start, sentence.end)) return null;
  return { start: Math.min(target.start, negative.start), end: Math.max(target.end, negative.end) };
}
