/**
 * Popup → the site tab's content script (tabs.sendMessage), for the notes the
 * employee set aside there. The dismissals live only in that page's memory
 * (they hold the flagged words), so the popup asks the page itself rather
 * than the background, which keeps nothing of them. zod's "mini" build: this
 * is read in the content script, which loads on every page of the sites. The
 * answer (a list of dismissals) is checked by the popup: DismissalList in
 * messages.ts.
 */
import * as z from 'zod/mini';

export const GetDismissals = z.strictObject({ type: z.literal('get-dismissals') });
export const UndoDismissal = z.strictObject({ type: z.literal('undo-dismissal'), id: z.string().check(z.maxLength(40)) });
export const DismissalRequest = z.discriminatedUnion('type', [GetDismissals, UndoDismissal]);
export type DismissalRequest = z.infer<typeof DismissalRequest>;
