/**
 * What kind of thing a finding is, as the detector that made it knows (a phone
 * number, a door code, a dig at a supervisor), and the one-click fix a kind
 * allows. A rule can word its message and suggestion per kind (`kinds` in the
 * pack), so a joke at a supervisor is not told to file a grievance.
 */
export const FINDING_KINDS = [
  // contact-details
  'phone',
  'email',
  'street-address',
  'child-school',
  // sensitive-data
  'ssn',
  'payment-card',
  'bank-account',
  'date-of-birth',
  'id-number',
  'code',
  'password',
  'api-key',
  // official-capacity
  'city-email',
  'speaking-for',
  'announcement',
  'role-statement',
  'signature',
  'imagery',
  // grievance
  'dig',
  'complaint',
  'rumour',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** What a one-click removal takes out, for the button's words ("Remove the phone number"). */
export const REMOVABLE_KINDS = ['phone', 'email', 'city-email', 'ssn', 'code'] as const satisfies readonly FindingKind[];
export type RemovableKind = (typeof REMOVABLE_KINDS)[number];

/**
 * A mechanical fix the overlay offers on the note. `remove`: take out `words`,
 * which start `offset` characters after the finding's start (the code alone,
 * not "door code is"). `append`: add `text` at the end of the draft. The words
 * travel with the fix so the overlay can check the draft still holds them.
 */
export type FindingFix = { action: 'remove'; what: RemovableKind; offset: number; words: string } | { action: 'append'; what: 'disclaimer'; text: string };

/** Appended for an official-capacity note; the checker's own disclaimer list knows these words (vocabulary/disclaimers). */
export const DISCLAIMER_TEXT = 'Views are my own.';
