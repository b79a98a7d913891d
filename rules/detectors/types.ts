/** Shared shapes for detectors. Detectors are pure: text and pack data in, hits out. */
import type { Account } from '../account-context';
import type { FindingKind } from '../finding-kinds';
import type { Lexicon } from '../schema';
import type { TextView } from '../text';
import type { Vocabulary } from '../vocabulary/base';

/** Facts about the moment of checking that are not in the text (for work-time rules). */
export interface CheckContext {
  /** When the draft is being written; defaults to "now". */
  now?: Date;
  /** Configured work schedule; days are 0 (Sunday) to 6, times "HH:MM" local. */
  workHours?: { days: number[]; start: string; end: string };
  /** The device is a city computer (managed setting). */
  cityComputer?: boolean;
  /** Template pack: lexicon entries supplied by IT's managed configuration. */
  lexicon?: Partial<Lexicon>;
  /** Whose post: the employee's own (default) or one of the City's official accounts (account-context.ts chooses the rules). */
  account?: Account;
}

/** One place in the text a detector flags. Offsets are UTF-16 code units into the checked text. */
export interface Hit {
  start: number;
  end: number;
  /** Lower the rule's severity by this many steps (block → warn → info), e.g. after a disclaimer. */
  soften?: number;
  /** Extra explanation appended to the rule's message (e.g. "a disclaimer lowers this"). */
  note?: string;
  /** What was found (a phone number, a dig at a supervisor): picks the rule's wording for it and any one-click fix (finding-kinds.ts). */
  kind?: FindingKind;
  /** The part a one-click removal takes out (the code, not "door code is"); the whole hit when absent. */
  value?: { start: number; end: number };
  /** A "Views are my own." disclaimer would lower this note (official capacity, where the pack allows it). */
  disclaimable?: boolean;
}

export interface DetectorInput {
  view: TextView;
  lexicon: Lexicon;
  /** The word lists as the pack in use has them (the bundled lists with its additions and removals). */
  vocabulary: Vocabulary;
  context: CheckContext;
}
