// The config validator, generated from schema/guidelintrc.schema.json with ajv's standalone code so
// that a run validates its config without loading and compiling ajv (~70 ms of a one-file run).
// `node scripts/config-validator.mjs` rewrites src/config/config-validator.generated.ts; with
// `--check` it only exits 1 when the committed file is not what the schema generates (a test runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';

const schemaFile = new URL('../schema/guidelintrc.schema.json', import.meta.url);
const generatedFile = new URL('../src/config/config-validator.generated.ts', import.meta.url);

/** ajv's standalone code reads string lengths through a runtime module; ESM code has no require(). */
const REQUIRE_UCS2LENGTH = 'require("ajv/dist/runtime/ucs2length").default';

/** The generated module's text. */
function configValidatorSource() {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
  // verbose: errors carry the schema node they come from, which says what was expected.
  const ajv = new Ajv({ allErrors: true, verbose: true, code: { source: true, esm: true } });
  // `errorMessage` is the annotation VS Code shows for a failing node; config messages use it too.
  ajv.addVocabulary(['errorMessage']);
  const code = standalone.default(ajv, ajv.compile(schema)).replace(REQUIRE_UCS2LENGTH, 'codePointLength');
  if (code.includes('require(')) throw new Error('the generated config validator requires an ajv module at run time');
  return [
    '// Generated from schema/guidelintrc.schema.json by scripts/config-validator.mjs: do not edit.',
    '// @ts-nocheck',
    code,
    '/** String length as JSON Schema counts it: in code points (what ajv\'s ucs2length computes). */',
    'function codePointLength(text) {',
    '  let length = 0;',
    '  for (const _ of text) length++;',
    '  return length;',
    '}',
    '',
  ].join('\n');
}

if (!process.argv.includes('--check')) {
  writeFileSync(generatedFile, configValidatorSource());
} else if (readFileSync(generatedFile, 'utf8') !== configValidatorSource()) {
  process.stderr.write('src/config/config-validator.generated.ts is out of date: run node scripts/config-validator.mjs\n');
  process.exitCode = 1;
}
