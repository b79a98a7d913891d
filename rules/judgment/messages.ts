/** What a finding from the sentence judge says: a judgment, worded as one ("may read as"). */
import type { Language } from '../language';
import { JUDGMENT_MESSAGES_ES } from './messages-es';
import type { JudgedCategory } from './units';

export const JUDGMENT_MESSAGES: Record<JudgedCategory, { message: string; suggestion: string }> = {
  'official-capacity': {
    message: 'This may read as speaking or acting for the City.',
    suggestion: 'Make clear these are your own views, or leave City announcements and commitments to the official accounts.',
  },
  confidential: {
    message: 'This may share something you know only through your job.',
    suggestion: 'Leave out details from work records, cases or unreleased plans.',
  },
  harassment: {
    message: 'This may read as demeaning, threatening or harassing someone.',
    suggestion: 'Say what you think without targeting a person or a group.',
  },
  grievance: {
    message: 'This may read as a complaint about a coworker, supervisor or the department.',
    suggestion: 'A workplace problem is best raised with your supervisor, HR or your union rather than in a post.',
  },
  'coworker-privacy': {
    message: 'This may share a coworker’s picture or private life without their consent.',
    suggestion: 'Ask your coworker first, or leave out their name and personal details.',
  },
  'unlawful-conduct': {
    message: 'This may read as promoting illegal activity or drug or alcohol abuse.',
    suggestion: 'Leave out the part that describes or encourages breaking the law.',
  },
  'personal-safety': {
    message: 'This may make it easy to find you or your family.',
    suggestion: 'Leave out your address, phone, your children’s school or when your home is empty.',
  },
};

/** The judge's notes in the language the pack is shown in. */
export function judgmentMessages(language: Language): Record<JudgedCategory, { message: string; suggestion: string }> {
  return language === 'es' ? JUDGMENT_MESSAGES_ES : JUDGMENT_MESSAGES;
}
