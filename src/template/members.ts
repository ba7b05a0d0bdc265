/**
 * Task items that name a series member (`Phase 4 implemented and tested`): required only when the
 * document has that member (DESIGN §2, Body). Linked once the whole section tree is compiled, since
 * the item and the series may stand anywhere in it.
 */
import type { SectionRule, TaskItemRule } from './schema.js';
import { normalizeItemText } from './tasks.js';
import { escapeRegExp, normalizeForMatch } from './text.js';

interface NamedSeries {
  id: string;
  /** Matches `<prefix> <number>` in normalized item text; group 1 is the number. */
  mention: RegExp;
}

/** The tree with every item that names a member of one of its series given `whenMember`. */
export function linkSeriesMembers(sections: readonly SectionRule[]): SectionRule[] {
  const series = collectSeries(sections);
  if (series.length === 0) return [...sections];
  const link = (rule: SectionRule): SectionRule => {
    const tasks = rule.body.tasks;
    return {
      ...rule,
      body: tasks ? { ...rule.body, tasks: { ...tasks, items: tasks.items.map((item) => linkItem(item, series)) } } : rule.body,
      children: rule.children.map(link),
    };
  };
  return sections.map(link);
}

function linkItem(item: TaskItemRule, series: readonly NamedSeries[]): TaskItemRule {
  if (item.whenMember !== null) return item;
  const text = normalizeItemText(item.display);
  for (const named of series) {
    const match = named.mention.exec(text);
    if (match) return { ...item, whenMember: { series: named.id, number: match[1].toUpperCase() } };
  }
  return item;
}

function collectSeries(sections: readonly SectionRule[]): NamedSeries[] {
  const found: NamedSeries[] = [];
  const visit = (rule: SectionRule): void => {
    const prefix = rule.series ? normalizeForMatch(rule.series.prefix) : '';
    if (rule.series && prefix !== '') {
      const number = rule.series.numbering === 'letter' ? '[a-z]' : '\\d+';
      found.push({
        id: rule.id,
        mention: new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(prefix)}\\s+(${number})(?![\\p{L}\\p{N}])`, 'iu'),
      });
    }
    rule.children.forEach(visit);
  };
  sections.forEach(visit);
  return found;
}
