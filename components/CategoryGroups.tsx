/**
 * Notes grouped by what they are about, in plain words ("Confidential
 * information", "Coworkers’ privacy"), groups in order of their most serious
 * note. Each note names the one clause it rests on (FindingCard). Used by the
 * pre-post dialog, the popup and the practice page.
 */
import type { ComponentChildren } from 'preact';
import type { CitedClause, Finding } from '../rules/finding';
import { sortFindings } from '../rules/finding';
import type { Category } from '../rules/schema';
import { FindingCard } from './FindingCard';
import { STRINGS } from './strings';

export interface CategoryGroup {
  category: Category;
  findings: Finding[];
}

/** Findings grouped by category, groups in order of their most serious finding, each group's findings most serious first. */
export function groupByCategory(findings: readonly Finding[]): CategoryGroup[] {
  const groups = new Map<Category, CategoryGroup>();
  for (const f of sortFindings(findings)) {
    const group = groups.get(f.category) ?? { category: f.category, findings: [] };
    group.findings.push(f);
    groups.set(f.category, group);
  }
  return [...groups.values()];
}

export interface CategoryGroupsProps {
  findings: readonly Finding[];
  /** The draft the offsets point into; without it no excerpt is quoted (the popup never has the draft). */
  text?: string;
  policyTitles?: Readonly<Record<string, string>>;
  onWhy?: (clause: CitedClause) => void;
  headingLevel?: 2 | 3;
  /** Drawn below each note (the dialog's answers to it). */
  extras?: (finding: Finding) => ComponentChildren;
}

export function CategoryGroups({ findings, text, policyTitles = {}, onWhy, headingLevel = 3, extras }: CategoryGroupsProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div class="category-groups">
      {groupByCategory(findings).map((group) => (
        <section class="category-group" key={group.category}>
          <Heading class="category-group__title">{STRINGS.category[group.category]}</Heading>
          <ul class="findings">
            {group.findings.map((f) => (
              <li key={`${f.ruleId}:${f.start}:${f.attachment?.index ?? 0}`}>
                <FindingCard
                  finding={f}
                  policyTitles={policyTitles}
                  excerpt={text !== undefined && f.end > f.start ? text.slice(f.start, f.end) : undefined}
                  onWhy={onWhy}
                />
                {extras?.(f)}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
