/** Writes a metadata line for `--fix`: in the style of a neighbouring field, else in the template's form. */

import type { MetadataField, Outline } from '../outline/types.js';
import type { FieldRule, MetadataRule } from '../template/schema.js';

/** The line for `field`, copying the neighbour's markup (`> **Key**: value  `, `- Key: value`, `key: value`). */
export function fieldLine(outline: Outline, field: FieldRule, form: MetadataRule['form'], neighbour?: MetadataField): string {
  if (neighbour && neighbour.valueSpan.start.line === neighbour.span.start.line) {
    const line = outline.lines[neighbour.span.start.line - 1] ?? '';
    const valueStart = neighbour.valueSpan.start.column - 1;
    const valueEnd = neighbour.valueSpan.end.line === neighbour.valueSpan.start.line ? neighbour.valueSpan.end.column - 1 : line.length;
    const keyStart = line.lastIndexOf(neighbour.key, valueStart);
    if (keyStart >= 0) {
      const frontmatter = neighbour.form === 'frontmatter';
      const key = frontmatter ? yamlKey(outline, field.key) : field.key;
      const value = frontmatter ? yamlValue(field) : field.templateValue;
      return line.slice(0, keyStart) + key + line.slice(keyStart + neighbour.key.length, valueStart) + value + line.slice(valueEnd);
    }
  }
  switch (form) {
    case 'blockquote':
      return `> **${field.key}:** ${field.templateValue}`;
    case 'list':
      return `- ${field.key}: ${field.templateValue}`;
    case 'table':
      return `| ${field.key} | ${field.templateValue} |`;
    case 'frontmatter':
      return `${yamlKey(outline, field.key)}: ${yamlValue(field)}`;
    case 'bold':
      return `**${field.key}:** ${field.templateValue}`;
  }
}

/**
 * A frontmatter key written like the document's own keys: `Last Updated` among `created_at` →
 * `last_updated`, among `doc-id` → `last-updated`, among `status` → `last_updated`, among `Status` → `Last Updated`.
 */
function yamlKey(outline: Outline, key: string): string {
  const keys = outline.metadata.filter((field) => field.form === 'frontmatter').map((field) => field.key);
  const lowerCase = keys.length > 0 && keys.every((like) => like === like.toLowerCase());
  const joined = keys.find((like) => /[_-]/u.test(like));
  const separator = joined ? /_/u.exec(joined)?.[0] ?? '-' : lowerCase ? '_' : ' ';
  const words = key.trim().split(/[\s_-]+/u).join(separator);
  return lowerCase ? words.toLowerCase() : words;
}

/** The template's value as YAML: a list field's samples as a flow sequence (`["@janedoe"]`). */
function yamlValue(field: FieldRule): string {
  if (field.type.kind !== 'list') return yamlScalar(field.templateValue);
  return `[${field.templateValue.split(', ').map(yamlScalar).join(', ')}]`;
}

/**
 * A string as YAML text: plain when it surely reads back as the same string (an identifier- or
 * path-like word that is not a YAML keyword), else double-quoted (JSON is YAML). Quoting more than
 * YAML strictly needs keeps numbers, `[placeholders]`, `key: value` and spaces out of doubt.
 */
export function yamlScalar(value: string): string {
  const plain = /^(?:[A-Za-z_/]|\.(?!\d))[\w./-]*$/u.test(value) && !/^(?:true|false|null|yes|no|on|off|\.inf|\.nan)$/iu.test(value);
  return plain ? value : JSON.stringify(value);
}
