/** `guidelint compile`: a GuideSchema as JSON (2-space indent) or YAML, ending with a newline. */
import { stringify } from 'yaml';
import type { GuideSchema } from './schema.js';

export type SchemaFormat = 'json' | 'yaml';

export function printSchema(schema: GuideSchema, format: SchemaFormat): string {
  if (format === 'json') return `${JSON.stringify(schema, null, 2)}\n`;
  return stringify(schema, { lineWidth: 0, aliasDuplicateObjects: false });
}
