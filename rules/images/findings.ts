/**
 * Turns what the photo analysis saw (faces, marks, words, GPS) into findings
 * of the same shape as the text's, citing the pack's clauses. Pure: the
 * seeing happens elsewhere (the offscreen document); this decides what it
 * means under the city's policy. Text read from the photo goes through the
 * same text rules as the draft.
 */
import { checkerWords, type CheckerWords } from '../checker-words';
import { check, clauseIndex, effectiveLexicon } from '../engine';
import type { CheckContext } from '../detectors/types';
import type { Finding } from '../finding';
import { packLanguage, translationMarks } from '../localize-pack';
import type { ImageRule, Pack } from '../schema';
import { distanceMeters, type Position } from './geo';

/** What the analysis of one photo found. Kept in memory only, never stored or sent anywhere. */
export interface PictureFacts {
  faces: number;
  /** Ids of the insignia rules whose mark was found. */
  markRules: string[];
  /** Text read from the picture (empty when none). */
  text: string;
  /** Where the photo was taken, from its metadata. */
  position: Position | null;
}

function normalised(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** Why the rule applies to this photo (appended to its message), or null when it does not. */
function ruleApplies(rule: ImageRule, facts: PictureFacts, pack: Pack, context: CheckContext, words: CheckerWords): string | null {
  const detector = rule.detector;
  switch (detector.kind) {
    case 'faces':
      return facts.faces >= detector.minFaces ? words.facesFound(facts.faces) : null;
    case 'insignia':
      return facts.markRules.includes(rule.id) ? '' : null;
    case 'picture-words': {
      const lexicon = effectiveLexicon(pack, context);
      const words = [...detector.words, ...(detector.useLexicon ? [...lexicon.cityNames, ...lexicon.departments] : [])];
      const seen = normalised(facts.text);
      return words.some((word) => word.trim() && seen.includes(normalised(word))) ? '' : null;
    }
    case 'location':
      return facts.position ? '' : null;
    case 'facility-location': {
      const position = facts.position;
      const facility = position && detector.facilities.find((f) => distanceMeters(position, f) <= f.radiusMeters);
      return facility ? words.takenAt(facility.name) : null;
    }
  }
}

export function pictureFindings(facts: PictureFacts, pack: Pack, context: CheckContext, index: number): Finding[] {
  const clauses = clauseIndex(pack);
  const attachment = { index };
  const findings: Finding[] = [];
  const translated = translationMarks(pack)?.rules;
  const language = packLanguage(pack);
  for (const rule of pack.imageRules) {
    // The note in the message's language: a translated message's, or English beside an English one.
    const isTranslated = translated?.has(rule.id) === true;
    const note = ruleApplies(rule, facts, pack, context, checkerWords(isTranslated ? language : 'en'));
    if (note === null) continue;
    findings.push({
      category: rule.category,
      ruleId: rule.id,
      severity: rule.severity,
      start: 0,
      end: 0,
      message: note ? `${rule.message} ${note}` : rule.message,
      clauses: rule.clauses.flatMap((ref) => clauses.get(`${ref.policy}#${ref.section}`) ?? []),
      ...(rule.suggestion ? { suggestion: rule.suggestion } : {}),
      ...(isTranslated ? { translated: true } : {}),
      attachment,
    });
  }
  if (facts.text.trim()) {
    // Work time comes from the moment of posting, not from the picture: the draft's own check reports it.
    const seen = new Set<string>();
    for (const finding of check(facts.text, pack, context)) {
      if (finding.category === 'work-time' || seen.has(finding.ruleId)) continue;
      seen.add(finding.ruleId);
      findings.push({ ...finding, start: 0, end: 0, message: checkerWords(finding.translated ? language : 'en').inPhotoText(finding.message), attachment });
    }
  }
  return findings;
}
