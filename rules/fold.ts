/**
 * How the checker reads text before matching: each UTF-16 unit mapped to a
 * plain form of the same length, so an offset in the folded copy is an offset
 * in the draft. The draft (rules/text.ts) and every word-list phrase
 * (detectors/match.ts) are folded alike, so a phrase matches however it is typed.
 */

/** Characters mapped to a plain form of the same UTF-16 length before matching. */
const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u2032': "'", '\uff07': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u00ab': '"', '\u00bb': '"',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2009': ' ', '\u200a': ' ', '\u3000': ' ',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  // Zero-width characters inside a word would hide it from whole-word matching; read them as nothing visible.
  '\u200b': ' ', '\u200c': ' ', '\u2060': ' ', '\ufeff': ' ',
};

/**
 * Accented vowels read as plain ones: people type "numero", "codigo", "guey" as often as
 * "número", "código", "güey". Not ñ, which is a letter of its own ("año" is not "ano").
 */
const ACCENTED = 'áàâäãåéèêëíìîïóòôöõúùûüýÿç';
const PLAIN = 'aaaaaaeeeeiiiiooooouuuuyyc';
for (let i = 0; i < ACCENTED.length; i++) FOLD[ACCENTED[i]!] = PLAIN[i]!;

/** Lower-case one UTF-16 unit (accents dropped) without changing the string's length. */
function foldUnit(ch: string): string {
  const lower = ch.toLowerCase();
  const unit = lower.length === ch.length ? lower : ch;
  return FOLD[unit] ?? unit;
}

export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldUnit(text[i]!);
  return out;
}
