/** A config guidelint cannot use: one line on stderr naming the file, the key and the problem, and exit code 2. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { addFiles, makeTree, removeTree } from '../files/tree.js';
import { runCli } from './run-cli.js';

let root: string;

beforeAll(async () => {
  root = await makeTree({ 'docs/a.md': '# A\n', 'templates/adr.md': '# ADR-NNNN: [Title]\n\n## Context\n\n[Why]\n' });
});

afterAll(() => removeTree(root));

/** Runs `guidelint` (and the other commands that read the config) in a folder holding just this config file. */
async function withConfig(name: string, text: string, args: string[] = []) {
  const dir = join(root, `case-${Math.random().toString(36).slice(2)}`);
  await addFiles(dir, { [name]: text, 'docs/a.md': '# A\n', 'templates/adr.md': '# ADR-NNNN: [Title]\n\n## Context\n\n[Why]\n' });
  return runCli(args, { cwd: dir });
}

const failure = (line: string) => ({ code: 2, stdout: '', stderr: `guidelint: ${line}\n` });

describe('config errors: one line and exit code 2', () => {
  it('bad YAML, with its line and column', async () => {
    expect(await withConfig('.guidelintrc.yaml', 'documents:\n  - files: [docs\n    template: design-doc\n')).toEqual(
      failure('.guidelintrc.yaml: bad YAML at line 3, column 5: Flow sequence in block collection must be sufficiently indented and end with a ]'),
    );
  });

  it('bad JSON, with its line and column', async () => {
    expect(await withConfig('.guidelintrc.json', '{\n  "documents": [,]\n}\n')).toEqual(
      failure('.guidelintrc.json: bad JSON at line 2, column 17: expected a value, found ","'),
    );
  });

  it('an unknown key, with a suggestion', async () => {
    expect(await withConfig('.guidelintrc.yaml', 'documnets: []\n')).toEqual(
      failure('.guidelintrc.yaml: documnets: unknown key (did you mean "documents"?)'),
    );
  });

  it('an unknown template', async () => {
    expect(await withConfig('.guidelintrc.yaml', 'documents:\n  - files: "docs/**/*.md"\n    template: rfc\n')).toEqual(
      failure(
        '.guidelintrc.yaml: documents[0].template: unknown template "rfc" (known: implementation-guide, phased-guide, design-doc, implementation-spec, task-guide)',
      ),
    );
  });

  it('a glob that is not a string', async () => {
    expect(await withConfig('.guidelintrc.yaml', 'documents:\n  - files: ["docs/*.md", 42]\n    template: design-doc\n')).toEqual(
      failure('.guidelintrc.yaml: documents[0].files[1]: expected a glob, got 42'),
    );
  });

  it('a template file that does not exist', async () => {
    expect(await withConfig('.guidelintrc.yaml', 'templates:\n  rfc: docs/templates/rfc.md\n')).toEqual(
      failure('.guidelintrc.yaml: templates.rfc: template file not found: docs/templates/rfc.md'),
    );
  });

  it('an unknown rule, and a bad severity', async () => {
    expect(await withConfig('.guidelintrc.yaml', 'rules:\n  code-blok: off\n')).toEqual(
      failure('.guidelintrc.yaml: rules.code-blok: unknown rule (did you mean "code-block"?)'),
    );
    expect(await withConfig('.guidelintrc.yaml', 'rules:\n  code-block: loud\n')).toEqual(
      failure('.guidelintrc.yaml: rules.code-block: expected "off", "warn" or "error" (or 0, 1, 2), got "loud"'),
    );
  });

  it('a section override that names no section of its template, when the template is used', async () => {
    const config = [
      'templates:',
      '  adr:',
      '    path: templates/adr.md',
      '    sections: { Contxt: { optional: true } }',
      'documents:',
      '  - { files: "docs/*.md", template: adr }',
    ].join('\n');
    expect(await withConfig('.guidelintrc.yaml', config)).toEqual(
      failure('.guidelintrc.yaml: templates.adr.sections.Contxt: template "adr" has no such section (did you mean "Context"?)'),
    );
  });

  it('field overrides: a typo, a contradiction, a bad pattern, a condition naming no field (DESIGN §5, Fields)', async () => {
    const config = (fields: string): string =>
      ['templates:', '  adr:', '    path: templates/adr.md', `    fields: ${fields}`, 'documents:', '  - { files: "docs/*.md", template: adr }'].join('\n');
    expect(await withConfig('.guidelintrc.yaml', config('{ status: { valeus: [A, B] } }'))).toEqual(
      failure('.guidelintrc.yaml: templates.adr.fields.status.valeus: unknown key (did you mean "values"?)'),
    );
    expect(await withConfig('.guidelintrc.yaml', config('{ status: { type: number } }'))).toEqual(
      failure('.guidelintrc.yaml: templates.adr.fields.status.type: expected text, date, link, url, email, integer or list, got "number"'),
    );
    expect(await withConfig('.guidelintrc.yaml', config('{ status: { values: [A], type: text } }'))).toEqual(
      failure('.guidelintrc.yaml: templates.adr.fields.status.type: `values` makes the field an enum: leave out `type`'),
    );
    expect(await withConfig('.guidelintrc.yaml', config('{ id: { pattern: "[0-9" } }'))).toEqual(
      failure(
        '.guidelintrc.yaml: templates.adr.fields.id.pattern: not a regular expression: Invalid regular expression: /[0-9/u: Unterminated character class',
      ),
    );
    expect(await withConfig('.guidelintrc.yaml', config('{ status: {}, decided: { requiredIf: { stauts: Accepted } } }'))).toEqual(
      failure('.guidelintrc.yaml: templates.adr.fields.decided: requiredIf names no field "stauts" (did you mean "status"?)'),
    );
  });

  it('a rule given with options, ESLint-style, and options a rule does not take', async () => {
    // No document to check is fine here (the config is what is checked).
    expect(
      await withConfig('.guidelintrc.yaml', 'rules:\n  unknown-section: [warn, { levels: [2] }]\n  code-block: [off]\n', ['--no-error-on-unmatched-pattern']),
    ).toMatchObject({ code: 0 });
    expect(await withConfig('.guidelintrc.yaml', 'rules:\n  unknown-section: [warn, { level: [2] }]\n')).toEqual(
      failure('.guidelintrc.yaml: rules.unknown-section[1].level: unknown key (did you mean "levels"?)'),
    );
    expect(await withConfig('.guidelintrc.yaml', 'rules:\n  code-block: [warn, { levels: [2] }]\n')).toEqual(
      failure('.guidelintrc.yaml: rules.code-block[1].levels: unknown key (this rule takes no options)'),
    );
  });

  it('in package.json, under its guidelint key', async () => {
    expect(await withConfig('package.json', '{ "name": "x", "guidelint": { "detect": "yes" } }')).toEqual(
      failure('package.json: guidelint.detect: expected true or false, got "yes"'),
    );
  });

  it('in a JavaScript config', async () => {
    expect(await withConfig('guidelint.config.mjs', 'export const config = {};\n')).toEqual(
      failure('guidelint.config.mjs: no default export (expected `export default { … }`)'),
    );
  });

  it('for every command that reads the config: compile and new too', async () => {
    expect(await withConfig('.guidelintrc.yaml', 'documnets: []\n', ['compile', 'design-doc'])).toEqual(
      failure('.guidelintrc.yaml: documnets: unknown key (did you mean "documents"?)'),
    );
    expect(await withConfig('.guidelintrc.yaml', 'documnets: []\n', ['new', 'design-doc', 'docs/b.md'])).toEqual(
      failure('.guidelintrc.yaml: documnets: unknown key (did you mean "documents"?)'),
    );
  });
});

describe('--config', () => {
  it('reads the named file instead of the one found upward', async () => {
    const dir = join(root, 'explicit');
    await addFiles(dir, {
      '.guidelintrc.yaml': 'documnets: []\n',
      'strict.yaml': 'documents:\n  - { files: "docs/*.md", template: design-doc }\n',
      'docs/a.md': '# A\n',
    });
    const run = await runCli(['--config', 'strict.yaml', '--verbose'], { cwd: dir });
    expect(run.stderr.split('\n').slice(0, 2)).toEqual(['config: strict.yaml', 'docs/a.md: follows design-doc, from documents[0] "docs/*.md"']);
    expect(run.code).toBe(1);
  });

  it('names a file that does not exist in one line', async () => {
    expect(await runCli(['-c', 'nope.yaml'], { cwd: root })).toEqual(failure('nope.yaml: no such file'));
  });
});
