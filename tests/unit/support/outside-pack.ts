/**
 * An outside pack: Ogdenville, a city none of the bundled packs is for, its
 * pack written from scratch as its communications office would
 * (tests/fixtures/packs/outside/ogdenville.json), and the ways a pack can break
 * the guarantees every pack keeps.
 */
import { readFileSync } from 'node:fs';

interface RuleDoc {
  id: string;
  severity: string;
  clauses: { policy: string; section: string }[];
  examples: { match: string[]; noMatch: string[] };
}
export interface OutsidePackDoc extends Record<string, unknown> {
  id: string;
  version: number;
  rules: RuleDoc[];
  vocabulary?: Record<string, { add?: string[]; remove?: string[] }>;
}

const FILE = 'tests/fixtures/packs/outside/ogdenville.json';

/** A fresh copy of the valid pack, at `version`. */
export function ogdenville(version = 1): OutsidePackDoc {
  const doc = JSON.parse(readFileSync(FILE, 'utf8')) as OutsidePackDoc;
  doc.version = version;
  return doc;
}

const rule = (doc: OutsidePackDoc, id: string) => doc.rules.find((r) => r.id === id)!;

/** Each way to break the pack, and the reason every path must give (the rule by id and the field). */
export const BROKEN: { what: string; break(doc: OutsidePackDoc): void; reason: RegExp }[] = [
  {
    what: 'a grievance rule set to block',
    break: (doc) => void (rule(doc, 'ogdenville-digs').severity = 'block'),
    reason: /rule "ogdenville-digs": severity: grievance rules may warn at most \(never block\)/,
  },
  {
    what: 'a list that protects speech cut down',
    break: (doc) => void (doc.vocabulary = { 'collective-topics': { remove: ['overtime'] } }),
    reason: /vocabulary\.collective-topics\.remove: collective-topics protects speech, so a pack may add to it but never remove from it/,
  },
  {
    what: 'a clause reference that resolves to nothing',
    break: (doc) => void rule(doc, 'ogdenville-insults').clauses.push({ policy: 'conduct', section: '9.9' }),
    reason: /rule "ogdenville-insults": clauses: cites conduct section "9\.9", which the pack does not contain/,
  },
  {
    what: 'an example the rule does not flag',
    break: (doc) => void rule(doc, 'ogdenville-marker').examples.match.push('Lovely sunset over Springfield'),
    reason: /rule "ogdenville-marker": examples\.match: "Lovely sunset over Springfield" is not flagged by the rule/,
  },
  {
    what: 'a near miss the rule flags',
    break: (doc) => void rule(doc, 'ogdenville-marker').examples.noMatch.push('Saw the monorail file today'),
    reason: /rule "ogdenville-marker": examples\.noMatch: "Saw the monorail file today" is flagged \("monorail file"\), but it is listed as a draft the rule must leave alone/,
  },
  {
    what: 'a rule with no draft it must leave alone',
    break: (doc) => void (rule(doc, 'ogdenville-insults').examples.noMatch = []),
    reason: /rule "ogdenville-insults": examples\.noMatch: give at least one draft the rule must leave alone/,
  },
];

/** The pack broken one way, at `version`. */
export function broken(what: (typeof BROKEN)[number], version = 1): OutsidePackDoc {
  const doc = ogdenville(version);
  what.break(doc);
  return doc;
}
