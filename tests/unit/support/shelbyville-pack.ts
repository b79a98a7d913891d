/**
 * A city none of the bundled packs is for, its pack written from scratch as its
 * HR office would: an insult rule and a grievance rule, and whatever changes to
 * the word lists a test gives it (`vocabulary`).
 */
import { parsePack, type Pack } from '../../../rules/schema';

export function shelbyvillePack(vocabulary?: Record<string, { add?: string[]; remove?: string[] }>, version = 1): Record<string, unknown> {
  return {
    id: 'shelbyville',
    city: 'City of Shelbyville',
    version,
    policyVersion: '2026-1',
    date: '2026-11-01',
    contact: 'Questions? Ask Human Resources, ext. 2200.',
    policies: [
      {
        id: 'social-media',
        title: 'Shelbyville Social Media Policy',
        source: 'shelbyville-social-media.pdf',
        clauses: [
          { section: '2.1', text: 'Employees shall not post insults, threats or harassment directed at any person.', summary: 'No insults or threats aimed at people.' },
          { section: '2.4', text: 'Employees shall not make detrimental remarks about supervisors or coworkers.', summary: 'No digs at supervisors or coworkers.' },
        ],
      },
    ],
    lexicon: { cityNames: ['City of Shelbyville', 'Shelbyville'] },
    rules: [
      {
        id: 'shelbyville-insults',
        category: 'harassment',
        severity: 'warn',
        detector: { kind: 'abuse', forms: ['insult'] },
        clauses: [{ policy: 'social-media', section: '2.1' }],
        message: 'This reads as an insult aimed at a person.',
        examples: { match: ['Dave Miller is a moron'], noMatch: ['The circus clown was great'] },
      },
      {
        id: 'shelbyville-digs',
        category: 'grievance',
        severity: 'warn',
        detector: { kind: 'grievance' },
        clauses: [{ policy: 'social-media', section: '2.4' }],
        message: 'This reads as a dig at a supervisor or coworker.',
        examples: { match: ['my supervisor is incompetent'], noMatch: ['Our union meets Thursday to talk about overtime pay'] },
      },
    ],
    ...(vocabulary ? { vocabulary } : {}),
  };
}

/** The pack parsed, for checking with; throws with the schema's reasons if it is refused. */
export function parsedShelbyville(vocabulary?: Record<string, { add?: string[]; remove?: string[] }>): Pack {
  const result = parsePack(shelbyvillePack(vocabulary));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.pack;
}
