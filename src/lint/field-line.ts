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
      const key = frontmatter ? yamlKeyLike(field.key, neighbour.key) : field.key;
      const value = frontmatter ? yamlScalar(field.templateValue) : field.templateValue;
      return line.slice(0, keyStart) + key + line.slice(keyStart + neighbour.key.length, valueStart) + value + line.slice(valueEnd);
    }
  }
  switch (form) {
    case 'blockquote':
      return `> **${field.key}:** ${field.templateValue}`;
    case 'list':
      return `- ${field.key}: ${field.templateValue}`;
    case 'frontmatter':
      return `${field.key}: ${yamlScalar(field.templateValue)}`;
    case 'bold':
      return `**${field.key}:** ${field.templateValue}`;
  }
}

/** `Last Updated` written like `created_at` → `last_updated`, like `Created` → `Last Updated`. */
function yamlKeyLike(key: string, like: string): string {
  const separator = /_/u.test(like) ? '_' : /-/u.test(like) ? '-' : ' ';
  const words = key.trim().split(/[\s_-]+/u);
  const joined = words.join(separator);
  return like === like.toLowerCase() ? joined.toLowerCase() : joined;
}

/** Quotes a value that YAML would not read back as the same string. */
function yamlScalar(value: string): string {
  return /^[[\]{}&*!|>'"%@`#,?:-]|: | #|^$/u.test(value) ? JSON.stringify(value) : value;
}
