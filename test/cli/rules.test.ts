/**
 * `guidelint rules`, `guidelint explain <rule-id>` and the rule pages they print: docs/rules/<id>.md,
 * generated from each rule's doc comment, kept up to date, and shipped in the package.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../../rules/index.js';
import { runCli } from './run-cli.js';

const project = fileURLToPath(new URL('../../', import.meta.url));
const page = (id: string): string => readFileSync(new URL(`../../docs/rules/${id}.md`, import.meta.url), 'utf8');

describe('guidelint rules', () => {
  it('lists every rule: id, default severity, whether --fix repairs it, what it checks', async () => {
    const run = await runCli(['rules'], { cwd: project });
    const lines = run.stdout.split('\n');
    expect(run.code).toBe(0);
    expect(lines.slice(0, rules.length).map((line) => line.split(/\s{2,}/u))).toEqual(
      rules.map(({ meta }) => [meta.id, meta.defaultSeverity, ...(meta.fixable ? ['fix'] : []), meta.description]),
    );
    expect(lines.at(-2)).toContain('guidelint explain <rule-id>');
  });
});

describe('guidelint explain', () => {
  it('prints the rule’s page: its meta, its doc comment and its example', async () => {
    const run = await runCli(['explain', 'checklist'], { cwd: project });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(page('checklist').replace(/^<!--.*-->\n\n/u, ''));
    expect(run.stdout).toMatch(/^# checklist\n\nA section holds the task items its template section lists\.\n\nDefault severity: error\. `--fix` repairs it\.\n/u);
    expect(run.stdout).toContain('GFM `- [ ]` items');
    expect(run.stdout).toContain('A document that fails:\n\n```markdown\n# Search');
    expect(run.stdout).toContain('6:1 Missing task item "Docs updated" in "## Release Checklist" (example)');
  });

  it('answers an unknown rule id with "did you mean"', async () => {
    expect(await runCli(['explain', 'plceholder'], { cwd: project })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'guidelint: unknown rule "plceholder"; did you mean "placeholder"? (guidelint rules lists them)\n',
    });
  });
});

describe('docs/rules', () => {
  it('is what scripts/rule-docs.mjs generates from the rules (run it after changing a rule’s doc comment)', () => {
    const check = spawnSync(process.execPath, ['scripts/rule-docs.mjs', '--check'], { cwd: project, encoding: 'utf8' });
    expect([check.status, check.stderr]).toEqual([0, '']);
  });

  it('ships with the package', () => {
    // npm's list of the files to pack, from a copy of what decides it for docs/: packing the checkout
    // walks dist/ and node_modules too, seconds of CPU for no file under docs/.
    const copy = mkdtempSync(join(tmpdir(), 'guidelint-pack-'));
    try {
      for (const name of ['package.json', '.npmrc', '.gitignore', '.npmignore', 'docs']) {
        if (existsSync(join(project, name))) cpSync(join(project, name), join(copy, name), { recursive: true });
      }
      const packed = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: copy, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      const files = (JSON.parse(packed) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path);
      expect(files.filter((path) => path.startsWith('docs/'))).toEqual(rules.map(({ meta }) => `docs/rules/${meta.id}.md`).sort());
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 30_000);
});
