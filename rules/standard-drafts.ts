/**
 * Ordinary drafts a pack is timed on before it is accepted (pack-cost.ts):
 * a post, a longer post and a ~3,000-character one, in the everyday words
 * every pack meets — a pack that makes these slow, or flags them all over,
 * makes every employee's typing slow.
 */
const SENTENCES = [
  'What a weekend at the lake with the kids, the weather was perfect and we finally tried the new trail by the north shore.',
  'If you have not been to the farmers market on Saturday yet, go early: the peaches sell out by ten and the coffee truck is back.',
  'Work has been busy this month with the budget season, but I am proud of what our team has done for the neighborhood.',
  'My supervisor Dave Miller asked me to help plan the holiday food drive, so if anyone wants to donate canned goods, message me.',
  'We talked about the new schedule at the meeting today and I think it will work out better for everyone with young children.',
  'Does anyone know a good mechanic on the east side? Coach Williams says his guy is great but my truck still makes a noise.',
  'Happy birthday to my mom, Maria Lopez, who taught me that showing up for people matters more than anything you could say.',
  'The library downtown has a free coding class for teens on Thursday evenings, and my daughter came home so excited about it.',
];

function draftOf(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${SENTENCES[i % SENTENCES.length]} `;
  return text.slice(0, length).trimEnd();
}

/** A short post (≤ 280 characters), ~1,000 characters, ~3,000 characters. */
export const STANDARD_DRAFTS: readonly string[] = [draftOf(280), draftOf(1_000), draftOf(3_000)];
