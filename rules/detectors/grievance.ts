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
import { nameWordsOf } from '../names-nlp';
import { peopleIn } from '../people';
import { valence } from '../valence';
import { literalAlternation, type Span, type TextView } from '../text';
import type { Lexicon } from '../schema';
import type { Vocabulary } from '../vocabulary/base';
import { allMatches, hasMatch, type Matcher, memoByLexicon, memoByVocabulary, wordList } from './match';
import type { DetectorInput, Hit } from './types';
import type { GrievanceParams } from './params';

/** "Meanwhile management takes 2 hr lunches": a contrast that makes a dig without a negative word. */
function contrastDigPattern(v: Vocabulary): RegExp {
  const management = literalAlternation(v['management-terms'].phrases);
  const perks = literalAlternation(v['idle-perk-verbs'].phrases);
  return new RegExp(String.raw`(?:meanwhile|while|but|and yet|yet)\s+(?:upper\s+)?(?:${management})\s+(?:${perks})`, 'u');
}

/** The word lists the grievance rule and the protected-speech test read, as the pack in use has them. */
export const grievanceLists = memoByVocabulary((v: Vocabulary) => ({
  contrastDig: contrastDigPattern(v),
  target: wordList([...v['workplace-roles'].phrases, ...v['indirect-superiors'].phrases]),
  superior: wordList([...v.superiors.phrases, ...v['indirect-superiors'].phrases]),
  negative: wordList(v['negative-evaluation'].phrases),
  /** Everyday phrases that contain a negative word but judge no one. */
  notNegative: wordList(v['negative-evaluation'].exceptions ?? []),
  /** Name-calling is a detrimental remark too, when it follows the coworker it is about. */
  insults: wordList([...v['insult-nouns'].phrases, ...v['insult-adjectives'].phrases]),
  notInsult: wordList([...(v['insult-nouns'].exceptions ?? []), ...(v['insult-adjectives'].exceptions ?? [])]),
  sarcastic: wordList(v['sarcastic-praise'].phrases),
  sarcasm: wordList(v['sarcasm-markers'].phrases),
  rumours: wordList(v['rumour-markers'].phrases),
  scandals: wordList(v.scandal.phrases),
  news: new Set(v['news-words'].phrases),
  collectiveTopic: wordList(v['collective-topics'].phrases),
  collective: wordList(v['collective-voice'].phrases),
  complaint: wordList(v['discrimination-complaints'].phrases),
  policy: wordList(v['policy-objects'].phrases),
  /** Praise and neutral mentions that share words with digs ("my boss is the best", "a great job"). */
  praise: wordList(v.praise.phrases),
  personalAttack: wordList(v['personal-attacks'].phrases),
  /** A one- or two-word sarcastic sentence after a remark about a superior ("…thinks email is a fad. Incredible."). */
  shortSarcasm: new RegExp(String.raw`^\s*(?:${literalAlternation(v['short-sarcasm'].phrases)})\s*[.!]*\s*$`, 'u'),
  /** Fiction and reviews: "that movie about the crooked mayor". */
  fiction: wordList(v['fiction-words'].phrases),
  names: nameWordsOf(v),
}));
type GrievanceLists = ReturnType<typeof grievanceLists>;

/** Is this sentence protected speech: collective workplace talk, a discrimination complaint, or policy criticism? (The sentence judge asks too.) */
export function isProtected(view: TextView, sentence: Span, vocabulary: Vocabulary): boolean {
  return isProtectedWith(view, sentence, grievanceLists(vocabulary));
}

function isProtectedWith(view: TextView, sentence: Span, lists: GrievanceLists): boolean {
  const { folded } = view;
  const { start, end } = sentence;
  const attacksPerson = hasMatch(lists.personalAttack, folded, start, end) && (peopleIn(view, sentence, lists.names).length > 0 || /\b(he|she|him|her|my boss|my supervisor|my manager)\b/.test(folded.slice(start, end)));
  if (attacksPerson) return false;
  if (hasMatch(lists.complaint, folded, start, end)) return true;
  if (hasMatch(lists.collectiveTopic, folded, start, end) && hasMatch(lists.collective, folded)) return true;
  // Criticism of a decision rather than of people: "the council's new parking policy is a mess".
  const policy = allMatches(lists.policy, folded, start, end);
  const targets = allMatches(lists.target, folded, start, end).filter((t) => !isOwnRole(folded, t));
  // "the council's new parking policy", "council rules": the decision belongs to the people named.
  const possessed = (t: Span, p: Span) => p.start > t.end && /^(?:'s)?\s+(?:[\p{L}-]+\s+){0,2}$/u.test(folded.slice(t.end, p.start));
  if (policy.length && targets.every((t) => policy.some((p) => possessed(t, p)))) return true;
  return false;
}


/** "as an EPPD sergeant", "I'm a supervisor": the author's own role is not a target. */
function isOwnRole(folded: string, target: Span): boolean {
  if (/^(?:my|our)\b/.test(folded.slice(target.start, target.end))) return false;
  return /\b(?:as|i'm|i am|im)\s+(?:an?\s+|the\s+)?(?:[\p{L}]+\s+)?$/u.test(folded.slice(Math.max(0, target.start - 25), target.start));
}

/** A dig (sarcasm, an eye-roll, "…and then there's Dave") or a complaint (plainly negative words) at someone at work. */
type Grievance = Span & { kind: 'dig' | 'complaint' };

function grievanceInSentence(view: TextView, lists: GrievanceLists, sentence: Span, previous?: Span, next?: Span): Grievance | null {
  const { folded } = view;
  if (hasMatch(lists.fiction, folded, sentence.start, sentence.end)) return null;
  let targets = allMatches(lists.target, folded, sentence.start, sentence.end).filter((t) => !isOwnRole(folded, t));
  // A remark can point back at the superior named in the sentence before ("My current one is the worst").
  if (!targets.length && previous) targets = allMatches(lists.target, folded, previous.start, previous.end);
  // …or two sentences back, when this one is a short verdict ("Still nothing. Useless.").
  if (!targets.length && previous && sentence.end - sentence.start < 30) {
    const earlier = view.sentenceBefore(previous);
    if (earlier) targets = allMatches(lists.target, folded, earlier.start, earlier.end);
  }
  if (!targets.length) return null;
  const contrast = lists.contrastDig.exec(folded.slice(sentence.start, sentence.end));
  if (contrast && !isProtectedWith(view, sentence, lists)) return { start: sentence.start + contrast.index, end: sentence.start + contrast.index + contrast[0].length, kind: 'dig' };
  if (next && lists.shortSarcasm.test(folded.slice(next.start, next.end)) && !hasMatch(lists.praise, folded, sentence.start, sentence.end)) {
    const first = targets[0]!;
    return { start: first.start, end: next.end, kind: 'dig' };
  }
  if (hasMatch(lists.praise, folded, sentence.start, sentence.end) && !hasMatch(lists.sarcasm, folded, sentence.start, sentence.end)) return null;
  const firstTarget = targets[0]!;
  const insults = allMatches(lists.insults, folded, Math.max(sentence.start, firstTarget.end), sentence.end).filter(
    (m) => !hasMatch(lists.notInsult, folded, m.start - 20, m.end + 20) && /(?:\bis|\bare|\bwas|\bwere|'s|\bsuch|\bwhat|\bes|\bson|\bera|\bfue)\s+(?:an?\s+|such an?\s+|so\s+|a total\s+|a complete\s+|a real\s+|the biggest\s+|(?:un|una|unos|unas|bien|muy|tan|re)\s+)?(?:\w+\s+)?$/.test(folded.slice(Math.max(sentence.start, m.start - 30), m.start)),
  );
  const negative = [...allMatches(lists.negative, folded, sentence.start, sentence.end).filter((m) => !hasMatch(lists.notNegative, folded, m.start - 10, m.end + 10)), ...insults].sort((a, b) => a.start - b.start);
  const sarcastic = allMatches(lists.sarcastic, folded, sentence.start, sentence.end).filter(() => hasMatch(lists.sarcasm, folded, sentence.start, Math.min(folded.length, sentence.end + 15)));
  // New wordings: the sentence reads clearly negative (AFINN) or carries an eye-roll.
  // Only for superiors, judged after they are named: "our manager pretending to understand the software 🙃".
  const superior = allMatches(lists.superior, folded, sentence.start, sentence.end)[0];
  const after: Span | null = superior ? { start: superior.end, end: sentence.end } : null;
  const mood = after ? valence(folded, after, lists.news) : { total: 0, worst: 0 };
  // An eye-roll anywhere in a short post aims at the superior it names ("…Real team player. 🙄").
  const eyeRoll = after !== null && (/[🙄🙃🤡😒🤦]/u.test(folded.slice(after.start, after.end)) || (folded.length < 400 && /[🙄🙃🤡😒🤦]/u.test(folded.slice(sentence.end))));
  const evaluation = negative[0] ?? sarcastic[0] ?? ((mood.total <= -3 && mood.worst <= -2) || eyeRoll ? sentence : undefined);
  if (!evaluation) return null;
  if (isProtectedWith(view, sentence, lists)) return null;
  const first = targets[0]!;
  const last = [...negative, ...sarcastic].reduce((end, m) => Math.max(end, m.end), evaluation.end);
  return { start: Math.min(first.start, evaluation.start), end: Math.max(first.end, last), kind: negative[0] ? 'complaint' : 'dig' };
}

function rumourInSentence(view: TextView, lists: GrievanceLists, sentence: Span): Span | null {
  const { folded } = view;
  const rumour = allMatches(lists.rumours, folded, sentence.start, sentence.end)[0];
  if (!rumour) return null;
  const scandal = allMatches(lists.scandals, folded, rumour.end, sentence.end)[0];
  if (!scandal) return null;
  const about = hasMatch(lists.target, folded, sentence.start, sentence.end) || peopleIn(view, sentence, lists.names).length > 0;
  return about ? { start: rumour.start, end: scandal.end } : null;
}

const lexiconTargetsOf = memoByLexicon((lexicon: Lexicon) => wordList([...lexicon.officials, ...lexicon.departments, ...lexicon.jobTitles]));

export function detectGrievance(input: DetectorInput, params: GrievanceParams): Hit[] {
  const { view } = input;
  const { folded } = view;
  const lists = grievanceLists(input.vocabulary);
  // Prefilter: no workplace target anywhere (roles, officials, departments, people) → nothing to do.
  const lexiconTargets = lexiconTargetsOf(input.lexicon);
  const hasTarget = hasMatch(lists.target, folded) || hasMatch(lexiconTargets, folded);
  const hasRumour = params.rumours && hasMatch(lists.rumours, folded);
  if (!hasTarget && !hasRumour) return [];
  const hits: Hit[] = [];
  const sentences = view.sentences;
  for (const [i, sentence] of sentences.entries()) {
    const span = grievanceInSentence(view, lists, sentence, sentences[i - 1], sentences[i + 1]) ?? lexiconGrievance(view, lists, sentence, lexiconTargets);
    if (span) hits.push(span);
    if (params.rumours) {
      const rumour = rumourInSentence(view, lists, sentence);
      if (rumour) hits.push({ ...rumour, kind: 'rumour' });
    }
  }
  return hits;
}

/** "Councilwoman Reyes is a clown": the pack's own officials and departments as targets. */
function lexiconGrievance(view: TextView, lists: GrievanceLists, sentence: Span, targets: Matcher): Grievance | null {
  const { folded } = view;
  const target = allMatches(targets, folded, sentence.start, sentence.end)[0];
  if (!target) return null;
  // The department or official must be what the remark is about: named first, judged after.
  const negative = allMatches(lists.negative, folded, target.end, sentence.end).find((m) => !hasMatch(lists.notNegative, folded, m.start - 10, m.end + 10));
  if (!negative || isProtectedWith(view, sentence, lists)) return null;
  if (hasMatch(lists.praise, folded, sentence.start, sentence.end)) return null;
  return { start: Math.min(target.start, negative.start), end: Math.max(target.end, negative.end), kind: 'complaint' };
}
