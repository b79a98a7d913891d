/**
 * Pack text is shown to employees, always as text. Markup and invisible
 * characters (hidden-characters.ts) have no place in it: a pack carrying them is
 * refused rather than trusted to be rendered harmlessly everywhere.
 */
import './zod-config';
import { z } from 'zod';
import { HIDDEN_CHARACTER, HIDDEN_CHARACTER_MESSAGE } from './hidden-characters';

const MARKUP = /<\s*\/?\s*[a-z!?]/i;
const MARKUP_MESSAGE = 'must be plain text, without HTML or other markup';

export const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !MARKUP.test(s), MARKUP_MESSAGE)
    .refine((s) => !HIDDEN_CHARACTER.test(s), HIDDEN_CHARACTER_MESSAGE);
