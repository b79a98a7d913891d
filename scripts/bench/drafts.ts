/**
 * The benchmark's inputs, the same for every part: the team's corpus by length
 * band, and longer drafts made by joining corpus drafts in a fixed order.
 */
import { loadTeamCorpus as loadCorpus } from '../judgment/corpora';

export interface BenchDrafts {
  corpus: string[];
  bands: Record<BandName, string[]>;
}

export type BandName = '<= 280 chars' | '~1,000 chars' | '~3,000 chars';

/** Drafts of about `target` characters: corpus drafts joined as paragraphs, cut at the target. */
function joined(texts: readonly string[], target: number, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    for (let j = i; text.length < target; j += 7) text += `${texts[j % texts.length]}\n\n`;
    out.push(text.slice(0, target));
  }
  return out;
}

export function benchDrafts(): BenchDrafts {
  const corpus = loadCorpus().map((d) => d.text);
  return {
    corpus,
    bands: {
      '<= 280 chars': corpus.filter((t) => t.length <= 280),
      '~1,000 chars': joined(corpus, 1_000, 60),
      '~3,000 chars': joined(corpus, 3_000, 40),
    },
  };
}

/** The ~3,000-character draft typed in the browser: the first long band draft, on one line (Enter posts on some boxes). */
export function typingDraft(drafts: BenchDrafts): string {
  return drafts.bands['~3,000 chars'][0]!.replace(/\s*\n+\s*/g, ' ');
}
