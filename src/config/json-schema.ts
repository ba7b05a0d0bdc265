/**
 * The published JSON schema of the config (schema/guidelintrc.schema.json) and its validator,
 * generated from it at development time (scripts/config-validator.mjs): validating a config loads
 * no ajv.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnySchemaObject, ErrorObject } from 'ajv';
import { validate } from './config-validator.generated.js';
import { packageRoot } from './package-root.js';

/** Validates config data; on failure, `errors` holds ajv's errors (verbose: each with its schema node). */
export interface ConfigValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export function configJsonSchemaPath(): string {
  return join(packageRoot(), 'schema', 'guidelintrc.schema.json');
}

export const configValidator: ConfigValidator = validate;

/** The schema itself, which error messages read to say what was expected: read only when a config fails. */
export function configJsonSchema(): AnySchemaObject {
  return JSON.parse(readFileSync(configJsonSchemaPath(), 'utf8')) as AnySchemaObject;
}
