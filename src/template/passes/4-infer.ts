/**
 * Pass 4, infer: Classified → Typed. The one place where hints become facts, each with its reason.
 * When hints disagree the strongest source wins (DESIGN §2b): the config, then an annotation,
 * then prose and comment hints, then markers, then the default.
 */
import type {
  Classified,
  ConfigOnlyField,
  Decided,
  ExternalHints,
  FieldFacts,
  FieldOverride,
  Group,
  Hint,
  HintFact,
  HintSource,
  SectionFacts,
  SectionOverride,
  TitleFacts,
  Typed,
  WhenMember,
} from '../ir.js';
import { configFieldHints, fieldConstraints } from '../hints/config-field.js';
import { escapeRegExp, fieldKey, normalizeForMatch, normalizeItemText } from '../text.js';
import { itemWords } from '../patterns.js';

const STRENGTH: Record<HintSource, number> = { config: 4, annotation: 3, prose: 2, marker: 1 };

export function infer(classified: Classified, external: ExternalHints = { sections: {} }): Typed {
  const { doc, hints } = classified;
  const sections = new Map<Group, SectionFacts>();
  const exampleSeries = new Set<Group>();
  const usedOverrides = new Map<string, Group[]>();
  const visit = (groups: readonly Group[]): void => {
    for (const group of groups) {
      if (group.kind === 'series' && group.members.some((member) => hints[member].some((hint) => hint.kind === 'example-entry'))) {
        exampleSeries.add(group);
      }
      sections.set(group, withOverrides(sectionFacts(group, hints), group, external, usedOverrides));
      group.children.forEach(visit);
    }
  };
  visit(classified.groups);

  const fieldOverrides = Object.entries(external.fields ?? {});
  const overrideOf = (key: string): [string, FieldOverride] | undefined =>
    fieldOverrides.find(([written]) => fieldKey(written) === fieldKey(key));
  const fields = new Map<number, FieldFacts>();
  for (const field of doc.fields) fields.set(field.id, fieldFacts(hints[field.id], overrideOf(field.key)));
  const configFields: ConfigOnlyField[] = fieldOverrides
    .filter(([written]) => !doc.fields.some((field) => fieldKey(field.key) === fieldKey(written)))
    .map(([key, override]) => ({ key, facts: fieldFacts([], [key, override]) }));

  const required = new Map<number, Decided<boolean>>();
  const whenMember = new Map<number, WhenMember>();
  const mentions = seriesMentions(classified.groups);
  for (const node of doc.nodes) {
    const own = hints[node.id];
    if (node.kind === 'taskItem') {
      required.set(
        node.id,
        classified.choiceItems.has(node.id) ? { value: false, why: 'one of a list of alternatives (an "Other" item)' } : requiredOf(own),
      );
      const member = node.hasPlaceholder ? null : mentionedMember(node.item.text, mentions);
      if (member) whenMember.set(node.id, member);
    } else if (node.kind === 'label') {
      required.set(node.id, requiredOf(own));
    } else if (node.kind === 'code') {
      const exempt = own.find((hint) => hint.kind === 'optional' || hint.kind === 'example');
      required.set(node.id, { value: node.block.fenced && !node.checklist && !exempt, why: exempt ? reason(exempt) : 'default' });
    }
  }

  const marked = (...kinds: Array<HintFact['kind']>): Set<number> =>
    new Set(
      doc.nodes
        .filter((node) => node.kind === 'heading' && hints[node.id].some((hint) => kinds.includes(hint.kind)))
        .map((node) => node.id),
    );
  const closes = (id: number): boolean => hints[id].some((hint) => hint.kind === 'closed');
  return {
    ...classified,
    title: doc.title === null ? null : titleFacts(hints[doc.title.id]),
    sections,
    usedOverrides,
    fields,
    configFields,
    fieldOrder: external.fieldOrder ?? null,
    examples: marked('example', 'example-entry'),
    references: marked('reference'),
    required,
    whenMember,
    exampleSeries,
    documentClosed: doc.title !== null && closes(doc.title.id),
    fieldsClosed: doc.fields.some((field) => closes(field.id)),
  };
}

/** A field's facts from its own hints and the config's override for it, the strongest. */
function fieldFacts(own: readonly Hint[], override: [string, FieldOverride] | undefined): FieldFacts {
  const all = override ? [...own, ...configFieldHints(...override)] : own;
  const type = strongest(all, 'type');
  return {
    required: requiredOf(all),
    type: type?.kind === 'type' ? type.type : { kind: 'text' },
    constraints: override ? fieldConstraints(override[1]) : {},
  };
}

/** The strongest hint of a kind (the first of equals). */
function strongest(hints: readonly Hint[], ...kinds: Array<HintFact['kind']>): Hint | undefined {
  let best: Hint | undefined;
  for (const hint of hints) {
    if (kinds.includes(hint.kind) && (best === undefined || STRENGTH[hint.source] > STRENGTH[best.source])) best = hint;
  }
  return best;
}

function requiredOf(hints: readonly Hint[]): Decided<boolean> {
  const decided = strongest(hints, 'optional', 'required');
  if (decided === undefined) return { value: true, why: 'default' };
  return { value: decided.kind === 'required', why: reason(decided) };
}

/** A hint as a reason: what it says and where. */
function reason(hint: Hint): string {
  return hint.source === 'config' ? hint.why : `${hint.why} (line ${hint.line})`;
}

function titleFacts(hints: readonly Hint[]): TitleFacts {
  const sample = strongest(hints, 'example');
  return {
    sample: sample ? { value: true, why: `${sample.why} (line ${sample.line})` } : { value: false, why: 'default' },
    holes: hints.flatMap((hint) => (hint.kind === 'hole' ? [{ start: hint.start, end: hint.end }] : [])),
  };
}

function sectionFacts(group: Group, hints: Classified['hints']): SectionFacts {
  const [first] = group.members;
  const optional = requiredOf(hints[first]);
  const repeat = group.members.map((member) => strongest(hints[member], 'repeat')).find((hint) => hint !== undefined);
  const min = repeat?.kind === 'repeat' ? repeat.min : 1;
  const max = repeat?.kind === 'repeat' ? repeat.max : group.kind === 'literal' ? 1 : null;
  const some = (kind: HintFact['kind']): boolean =>
    group.members.some((member) => hints[member].some((hint) => hint.kind === kind));
  const entry = group.kind === 'series' ? group.members.map((member) => strongest(hints[member], 'example-entry')).find(Boolean) : undefined;
  if (entry && !repeat) {
    // Sample entries to copy: the document may have none, or any number.
    return { required: { value: false, why: reason(entry) }, min: 0, max: null, anyHeading: some('any-heading'), closed: some('closed') };
  }
  const required: Decided<boolean> =
    optional.value && min === 0 && repeat ? { value: false, why: reason(repeat) } : optional;
  return {
    required,
    min,
    max,
    anyHeading: group.kind === 'slot' || some('any-heading'),
    closed: some('closed'),
  };
}

/** The config's section overrides that name this group, applied as the strongest hints. */
function withOverrides(
  facts: SectionFacts,
  group: Group,
  external: ExternalHints,
  used: Map<string, Group[]>,
): SectionFacts {
  let result = facts;
  for (const [key, override] of Object.entries(external.sections)) {
    if (!namesGroup(key, group)) continue;
    used.set(key, [...(used.get(key) ?? []), group]);
    result = overridden(result, override, key);
  }
  return result;
}

function overridden(facts: SectionFacts, override: SectionOverride, key: string): SectionFacts {
  const result: SectionFacts = { ...facts };
  const why = `config sections."${key}"`;
  if (override.min !== undefined) {
    result.min = override.min;
    if (override.min === 0) result.required = { value: false, why };
  }
  if (override.max !== undefined) result.max = override.max;
  if (override.optional !== undefined) result.required = { value: !override.optional, why };
  if (override.anyHeading !== undefined) result.anyHeading = override.anyHeading;
  if (override.closed !== undefined) result.closed = override.closed;
  return result;
}

const HOLE = /\{[^}]*\}/g;

/** Compares with `{…}` holes made alike, so `Step {n}` equals `step {N}`. */
function comparable(text: string): string {
  return normalizeForMatch(text.replace(/^#+\s*/, '').replace(HOLE, '{n}'));
}

/**
 * A config key names a group by its heading text (`display`) or id path, case-insensitively; a
 * series also by a member's heading or by `Prefix {n}` (the words before the first hole).
 */
function namesGroup(key: string, group: Group): boolean {
  const wanted = comparable(key);
  if (wanted === comparable(group.display) || wanted === comparable(group.id)) return true;
  if (group.kind !== 'series' || group.numbered === null) return false;
  if (group.memberTexts.some((member) => comparable(member) === wanted)) return true;
  const holeAt = key.indexOf('{');
  return holeAt !== -1 && comparable(key.slice(0, holeAt)) === comparable(group.numbered.prefix);
}

interface SeriesMention {
  id: string;
  /** Matches `<prefix> <number>` in normalized item text; group 1 is the number. */
  mention: RegExp;
}

/** Every series with a prefix, in tree order: items that name one of its members depend on that member. */
function seriesMentions(groups: readonly Group[]): SeriesMention[] {
  const found: SeriesMention[] = [];
  const visit = (group: Group): void => {
    const prefix = group.kind === 'series' && group.numbered ? normalizeForMatch(group.numbered.prefix) : '';
    if (group.numbered && prefix !== '') {
      const number = group.numbered.numbering === 'letter' ? '[a-z]' : '\\d+';
      found.push({
        id: group.id,
        mention: new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(prefix)}\\s+(${number})(?![\\p{L}\\p{N}])`, 'iu'),
      });
    }
    group.children.forEach((list) => list.forEach(visit));
  };
  groups.forEach(visit);
  return found;
}

function mentionedMember(text: string, mentions: readonly SeriesMention[]): WhenMember | null {
  if (itemWords(text).length === 0) return null;
  const normalized = normalizeItemText(text);
  for (const { id, mention } of mentions) {
    const match = mention.exec(normalized);
    if (match) return { series: id, number: match[1].toUpperCase() };
  }
  return null;
}
