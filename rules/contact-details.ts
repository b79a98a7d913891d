/**
 * How to reach the pack's contact ("who to ask"), each part optional: the
 * pre-post dialog links them (mailto:, tel:, https:) and "Tell IT this note is
 * wrong" addresses its report to the e-mail. Validated strictly because the
 * dialog makes links of them: an https address only, a plain e-mail address,
 * a phone number of digits and the usual separators.
 */
import './zod-config';
import { z } from 'zod';
import { plainText } from './plain-text';

const PHONE = /^\+?[0-9(][0-9 ().-]{5,38}[0-9]$/;

export const ContactDetails = z
  .strictObject({
    /** The address employees write to with a question, and where reports about wrong notes go. */
    email: z.email('an e-mail address like socialmedia@your-city.example').max(254).optional(),
    /** As people dial it: digits, spaces, dots, dashes, parentheses, a leading +. */
    phone: z
      .string()
      .trim()
      .regex(PHONE, 'a phone number of digits, spaces, dots, dashes and parentheses, like (555) 010-0100')
      .refine((s) => s.replace(/\D/g, '').length >= 7, 'a phone number needs at least 7 digits')
      .optional(),
    /** A page about the policy or whom to ask (https only). */
    web: plainText(500)
      .pipe(z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'an https:// web address on a domain, like https://your-city.example/social-media' }))
      .optional(),
  })
  .refine((details) => details.email !== undefined || details.phone !== undefined || details.web !== undefined, 'give at least one of email, phone and web, or leave contactDetails out');
export type ContactDetails = z.infer<typeof ContactDetails>;

