/** The published JSON schema of the config (schema/guidelintrc.schema.json) and its compiled validator. */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { AnySchemaObject, ValidateFunction } from 'ajv';
import { packageRoot } from './package-root.js';

let validator: ValidateFunction | undefined;

export function configJsonSchemaPath(): string {
  return join(packageRoot(), 'schema', 'guidelintrc.schema.json');
}

/** Compiled once per process, on first use. */
export function configValidator(): ValidateFunction {
  if (validator !== undefined) return validator;
  const schema = JSON.parse(readFileSync(configJsonSchemaPath(), 'utf8')) as AnySchemaObject;
  // verbose: errors carry the schema node they come from, which says what was expected.
  const ajv = new Ajv({ allErrors: true, verbose: true });
  // `errorMessage` is the annotation VS Code shows for a failing node; config messages use it too.
  ajv.addVocabulary(['errorMessage']);
  validator = ajv.compile(schema);
  return validator;
}
