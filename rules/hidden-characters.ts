/**
 * Characters a reader cannot see but that change what text says or how it is
 * matched: C0 and C1 controls (tab and line breaks aside), the soft hyphen,
 * the Arabic letter mark, the Mongolian vowel separator, zero-width spaces,
 * joiners and direction marks (U+200B–U+200F), line and paragraph separators,
 * embeddings, overrides and isolates, invisible operators, the byte-order
 * mark, interlinear annotation marks and tag characters (U+E0000–U+E007F).
 * Pack text carrying one is refused: it could hide words from the employee
 * (a message that reads one way and says another) or from the matcher (a
 * phrase that can never match).
 */
export const HIDDEN_CHARACTER =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/;

export const HIDDEN_CHARACTER_MESSAGE = 'must not contain control, invisible or text-direction characters';
