import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { LintResult } from '../../src/engine/results.js';
import { compileTemplate } from '../../src/template/compile.js';
import { runCli } from './run-cli.js';

const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
const inPackage = (...args: string[]) => runCli(args, { cwd: packageRoot });

function compiled(name: string): unknown {
  const source = readFileSync(new URL(`../../templates/${name}.md`, import.meta.url), 'utf8');
  return JSON.parse(JSON.stringify(compileTemplate(source, { name })));
}

describe('built-in templates', () => {
  it('checks a template named on the command line against itself: it reports only its placeholders', async () => {
    for (const name of ['design-doc', 'implementation-guide', 'phased-guide', 'implementation-spec', 'task-guide']) {
      const run = await inPackage('check', '--template', name, '--format', 'json', `templates/${name}.md`);
      expect(run.code).toBe(1);
      const [result] = JSON.parse(run.stdout) as LintResult[];
      expect(new Set(result?.messages.map((message) => message.ruleId))).toEqual(new Set(['placeholder']));
    }
  });

  it('never checks a template that a folder reaches', async () => {
    const run = await inPackage('check', '--template', 'design-doc', '--verbose', 'templates');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('\ntemplates/design-doc.md: skipped, it is the template "design-doc"\n');
  });

  it('passes the conforming design-doc fixtures', async () => {
    expect(await inPackage('-t', 'design-doc', 'fixtures/design-doc/valid')).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('compile', () => {
  it('prints the schema of a built-in template as JSON', async () => {
    const run = await inPackage('compile', 'task-guide');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(compiled('task-guide'));
  });

  it('prints it as YAML, and reads a path as the path', async () => {
    const run = await inPackage('compile', 'templates/phased-guide.md', '--format', 'yaml');
    expect(run.code).toBe(0);
    expect(parseYaml(run.stdout)).toEqual(compiled('phased-guide'));
  });

  it('exits 2 for a template it cannot find', async () => {
    expect(await inPackage('compile', 'docs/none.md')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'guidelint: template "docs/none.md" not found: no such file\n',
    });
  });
});
