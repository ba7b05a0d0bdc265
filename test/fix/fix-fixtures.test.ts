/**
 * `guidelint check --fix` on a copy of each built-in template's violation fixtures: every fixable
 * error becomes placeholder text to fill in, or goes; what was not fixable stays as it was; no fix
 * is left; and a second `--fix` changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintOutline } from '../../src/engine/lint-outline.js';
import type { Finding } from '../../src/lint/types.js';
import { buildOutline } from '../../src/outline/index.js';
import { compileTemplate } from '../../src/template/compile.js';
import { runCli } from '../cli/run-cli.js';
import { makeTree, removeTree } from '../files/tree.js';

const fixtures = new URL('../../fixtures/', import.meta.url);
const templateNames = readdirSync(fixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`../../templates/${entry.name}.md`, import.meta.url)))
  .map((entry) => entry.name)
  .sort();

/** Errors by rule and message (positions move when text is inserted above them). */
const errorKeys = (findings: readonly Finding[]): string[] =>
  findings.filter((finding) => finding.severity === 2).map((finding) => `${finding.ruleId} ${finding.message}`).sort();

describe.each(templateNames)('--fix on fixtures/%s/invalid', (name) => {
  const schema = compileTemplate(readFileSync(new URL(`../../templates/${name}.md`, import.meta.url), 'utf8'), { name });
  const source = fileURLToPath(new URL(`${name}/invalid/`, fixtures));
  // unknown-section fixtures need that rule turned on; it has no fix.
  const files = readdirSync(source).filter((file) => file.endsWith('.md') && !file.startsWith('unknown-section')).sort();
  let folder: string;
  /** What the first run said it left: `12 errors and 3 warnings`. */
  let left: string;

  beforeAll(async () => {
    folder = await makeTree({});
    for (const file of files) cpSync(join(source, file), join(folder, file));
    const run = await runCli(['check', '--template', name, '--fix', ...files], { cwd: folder });
    const fixable = files.map((file) => lintOutline(buildOutline(readFileSync(join(source, file), 'utf8')), schema).filter((finding) => finding.fix));
    const problems = fixable.reduce((sum, findings) => sum + findings.length, 0);
    const changed = fixable.filter((findings) => findings.length > 0).length;
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^guidelint: fixed ${problems} problems in ${changed} files; (\\d+ errors and \\d+ warnings?) remain\n$`, 'u'));
    left = /; (.*) remain/u.exec(run.stderr)![1]!;
  });
  afterAll(() => removeTree(folder));

  it('changes nothing the second time', async () => {
    const fixed = files.map((file) => readFileSync(join(folder, file), 'utf8'));
    const second = await runCli(['check', '--template', name, '--fix', ...files], { cwd: folder });
    expect(second.stderr).toBe(`guidelint: fixed 0 problems in 0 files; ${left} remain\n`);
    expect(files.map((file) => readFileSync(join(folder, file), 'utf8'))).toEqual(fixed);
  });

  it.each(files)('%s: fixable errors became placeholder text or went, the rest stayed', (file) => {
    const before = lintOutline(buildOutline(readFileSync(join(source, file), 'utf8')), schema);
    const after = lintOutline(buildOutline(readFileSync(join(folder, file), 'utf8')), schema);
    expect(after.filter((finding) => finding.fix)).toEqual([]);
    const notFixable = errorKeys(before.filter((finding) => !finding.fix));
    expect(errorKeys(after.filter((finding) => finding.ruleId !== 'placeholder'))).toEqual(
      notFixable.filter((key) => !key.startsWith('placeholder ')),
    );
  });
});
