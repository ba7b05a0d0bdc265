/**
 * `guidelint compile`: a GuideSchema as JSON (2-space indent), YAML, or text — the template as a
 * person reads it, each section and field with what it requires and why (DESIGN §2b: every
 * inference is explainable).
 */
import { stringify } from 'yaml';
import type { BodyRule, FieldRule, FieldType, GuideSchema, SectionRule } from './schema.js';

export type SchemaFormat = 'json' | 'yaml' | 'text';

export function printSchema(schema: GuideSchema, format: SchemaFormat): string {
  if (format === 'json') return `${JSON.stringify(schema, null, 2)}\n`;
  if (format === 'yaml') return stringify(schema, { lineWidth: 0, aliasDuplicateObjects: false });
  return `${textLines(schema).join('\n')}\n`;
}

function textLines(schema: GuideSchema): string[] {
  const lines = [`Template "${schema.template}"`, ''];
  lines.push(
    schema.title
      ? `Title: # ${schema.title.display}  (line ${schema.title.line}; ${schema.title.pattern === '^.+$' ? 'any H1' : 'an H1 of this shape'})`
      : 'Title: none (the template has no single H1)',
    ...whyLines(schema.title?.why, 2),
  );
  if (schema.metadata) {
    const closed = schema.metadata.closed ? '; closed: no other field allowed' : '';
    lines.push('', `Fields (${schema.metadata.form}, line ${schema.metadata.line}${closed}):`);
    for (const field of schema.metadata.fields) lines.push(...fieldLines(field));
  }
  lines.push('', `Sections${schema.closed ? ' (closed: no other section allowed)' : ''}:`);
  for (const section of schema.sections) lines.push(...sectionLines(section, 1));
  if (schema.placeholders.length > 0) {
    const shown = schema.placeholders.slice(0, 5).map((placeholder) => placeholder.text);
    lines.push('', `Placeholders: ${schema.placeholders.length} texts a document must not keep, e.g. ${shown.join(', ')}`);
  }
  return lines;
}

function fieldLines(field: FieldRule): string[] {
  const head = `  ${field.key}: ${field.required ? 'required' : 'optional'}, ${typeText(field.type)}  (line ${field.line})`;
  return [head, ...whyLines(field.why, 4)];
}

function typeText(type: FieldType): string {
  switch (type.kind) {
    case 'enum':
      return `one of ${type.values.map((value) => `"${value}"`).join(', ')}`;
    case 'date':
      return 'a date';
    case 'link':
      return 'a link';
    default:
      return 'text';
  }
}

function sectionLines(section: SectionRule, depth: number): string[] {
  const indent = '  '.repeat(depth);
  const heading = `${'#'.repeat(section.level)} ${section.display}`;
  const lines = [`${indent}${heading}  ${howMany(section)}  (line ${section.line})`, ...whyLines(section.why, depth * 2 + 2)];
  lines.push(...bodyLines(section.body, depth * 2 + 2));
  if (section.closed) lines.push(`${indent}  closed: no other section below it`);
  for (const child of section.children) lines.push(...sectionLines(child, depth + 1));
  return lines;
}

function howMany(section: SectionRule): string {
  const presence = section.required ? 'required' : 'optional';
  if (section.kind === 'literal' && section.min === 1 && section.max === 1) return presence;
  const range = section.max === null ? `${section.min} or more` : section.min === section.max ? `${section.min}` : `${section.min} to ${section.max}`;
  if (section.series?.examples) return `${presence}, sample entries: ${range}, numbered as the document likes`;
  const what = section.kind === 'series' ? 'numbered series' : section.kind === 'slot' ? 'sections of any name' : 'sections';
  return `${presence}, ${what}: ${range}${section.kind === 'series' ? ', numbered from 1' : ''}`;
}

function bodyLines(body: BodyRule, width: number): string[] {
  const indent = ' '.repeat(width);
  const lines: string[] = [];
  if (body.tasks) {
    if (body.tasks.atLeastOne) lines.push(`${indent}at least one task item`);
    for (const item of body.tasks.items) {
      const when = item.whenMember ? `, when ${item.whenMember.series} ${item.whenMember.number} exists` : '';
      lines.push(`${indent}task item "${item.display}": ${item.required ? 'required' : 'optional'}${when}`, ...whyLines(item.why, width + 2));
    }
  }
  for (const table of body.tables) {
    const dates = table.dateColumns.length > 0 ? ` (dates in ${table.dateColumns.join(', ')})` : '';
    lines.push(`${indent}table with columns ${table.columns.join(' | ')}${dates}`);
  }
  for (const label of body.labels) {
    lines.push(`${indent}label **${label.display}:** ${label.required ? 'required' : 'optional'}`, ...whyLines(label.why, width + 2));
  }
  if (body.code) lines.push(`${indent}a code block${body.code.lang ? ' with a language tag' : ''}`);
  return lines;
}

function whyLines(why: readonly string[] | undefined, width: number): string[] {
  return (why ?? []).map((reason) => `${' '.repeat(width)}because ${reason}`);
}
