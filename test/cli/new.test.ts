/** `guidelint new`: a document written from a template holds only its placeholders; filled in, it is clean. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LintResult } from '../../src/engine/results.js';
import { addFiles, makeTree, removeTree } from '../files/tree.js';
import { runCli } from './run-cli.js';

const DESIGN_DOC = readFileSync(new URL('../../templates/design-doc.md', import.meta.url), 'utf8');

let root: string;
const at = (...parts: string[]): string => join(root, ...parts);
const guidelint = (...args: string[]) => runCli(args, { cwd: root });

beforeAll(async () => {
  root = await makeTree({});
});

afterAll(() => removeTree(root));

async function findings(file: string): Promise<{ code: number; result: LintResult }> {
  const run = await guidelint('check', '--format', 'json', file);
  const [result] = JSON.parse(run.stdout) as LintResult[];
  return { code: run.code, result: result! };
}

/**
 * Fills a document in as its author would: each `[Same structure as X]` becomes a copy of X's body,
 * then every placeholder guidelint reports becomes real text — the first allowed value of an enum
 * (the finding's suggestion), a date for a date, words for the rest — and the `(optional)` marker
 * after a field's value goes with its placeholder (it is the template's syntax, no placeholder).
 */
async function fillIn(file: string): Promise<void> {
  const path = at(file);
  await writeFile(path, copySameStructure(await readFile(path, 'utf8')));
  const { result } = await findings(file);
  const lines = (await readFile(path, 'utf8')).split('\n');
  const holes = result.messages.filter((message) => message.ruleId === 'placeholder');
  expect(holes.length).toBeGreaterThan(0);
  for (const hole of [...holes].sort((a, b) => b.line - a.line || b.column - a.column)) {
    const line = lines[hole.line - 1]!;
    const text = line.slice(hole.column - 1, hole.endColumn - 1);
    const filled = hole.suggestions?.[0]?.fix.text ?? (/^\[?Y{4}-MM-DD\]?$/u.test(text) ? '2026-03-02' : 'Real text');
    const after = line.slice(hole.endColumn - 1).replace(/^ \(optional\)/u, '');
    lines[hole.line - 1] = line.slice(0, hole.column - 1) + filled + after;
  }
  await writeFile(path, lines.join('\n'));
}

/** `#### Component 2: [Name]` / `[Same structure as Component 1]`: the body of Component 1 in its place. */
function copySameStructure(text: string): string {
  const lines = text.split('\n');
  return lines
    .flatMap((line) => {
      const named = /^\[Same structure as (.+)\]$/u.exec(line.trim());
      if (named === null) return [line];
      const start = lines.findIndex((candidate) => new RegExp(`^#+ ${named[1]}\\b`, 'u').test(candidate));
      const end = lines.findIndex((candidate, index) => index > start && /^#+ /u.test(candidate));
      return lines.slice(start + 1, end);
    })
    .join('\n');
}

describe('guidelint new', () => {
  it('writes the template with a frontmatter naming it, and says what to do next', async () => {
    const run = await guidelint('new', 'design-doc', 'x.md');
    const placeholderCount = /with (\d+) placeholders/u.exec(run.stdout)?.[1];
    expect(run).toEqual({
      code: 0,
      stdout: `Wrote x.md from the template design-doc, with ${placeholderCount} placeholders to fill in.\nNext: write the document, then run \`guidelint check x.md\`.\n`,
      stderr: '',
    });
    expect(await readFile(at('x.md'), 'utf8')).toBe(`---\ntemplate: design-doc\n---\n\n${DESIGN_DOC}`);
  });

  it('gives a new document only placeholder findings, then none once it is filled in', async () => {
    await guidelint('new', 'design-doc', 'fill.md');
    const fresh = await findings('fill.md');
    expect(fresh.code).toBe(1);
    expect(fresh.result.template).toBe('design-doc');
    expect(new Set(fresh.result.messages.map((message) => message.ruleId))).toEqual(new Set(['placeholder']));
    await fillIn('fill.md');
    expect(await guidelint('check', 'fill.md')).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('never overwrites a file', async () => {
    await addFiles(root, { 'mine.md': '# Mine\n' });
    expect(await guidelint('new', 'design-doc', 'mine.md')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'guidelint: mine.md already exists; guidelint new never overwrites a file\n',
    });
    expect(await readFile(at('mine.md'), 'utf8')).toBe('# Mine\n');
  });

  it("fills the title's placeholder with --title, creating folders", async () => {
    expect((await guidelint('new', 'design-doc', 'docs/design/rate-limiter.md', '--title', 'Edge Rate Limiter')).code).toBe(0);
    const lines = (await readFile(at('docs/design/rate-limiter.md'), 'utf8')).split('\n');
    expect(lines.slice(0, 6)).toEqual(['---', 'template: design-doc', '---', '', '# Edge Rate Limiter', '']);
  });

  it('rejects an unknown template in one line', async () => {
    expect(await guidelint('new', 'rfc', 'y.md')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'guidelint: unknown template "rfc" (known: implementation-guide, phased-guide, design-doc, implementation-spec, task-guide)\n',
    });
  });
});

describe('guidelint new with a config', () => {
  let repo: string;

  beforeAll(async () => {
    repo = await makeTree({
      '.guidelintrc.yaml': 'templates:\n  adr: docs/templates/adr.md\ndocuments:\n  - { files: "docs/adr/*.md", template: adr }\n',
      'docs/templates/adr.md': '# ADR-NNNN: [Decision Title]\n\n**Status:** Proposed | Accepted\n\n## Context\n\n[Why we decide]\n',
    });
  });

  afterAll(() => removeTree(repo));

  it('knows the configured templates, and adds no frontmatter where the documents globs choose the template', async () => {
    const run = await runCli(['new', 'adr', 'docs/adr/0001-use-postgres.md', '--title', 'Use Postgres'], { cwd: repo });
    expect(run).toEqual({
      code: 0,
      stdout:
        'Wrote docs/adr/0001-use-postgres.md from the template adr, with 3 placeholders to fill in.\n' +
        'Next: write the document, then run `guidelint check docs/adr/0001-use-postgres.md`.\n',
      stderr: '',
    });
    expect(await readFile(join(repo, 'docs/adr/0001-use-postgres.md'), 'utf8')).toBe(
      '# ADR-NNNN: Use Postgres\n\n**Status:** Proposed | Accepted\n\n## Context\n\n[Why we decide]\n',
    );
  });

  it('names the template in a frontmatter elsewhere: by its name, or by its path when given one', async () => {
    await runCli(['new', 'adr', 'notes/decision.md'], { cwd: repo });
    expect(await readFile(join(repo, 'notes/decision.md'), 'utf8')).toMatch(/^---\ntemplate: adr\n---\n\n# ADR-NNNN/u);
    await runCli(['new', 'docs/templates/adr.md', 'notes/other.md', '--config', 'none.yaml'], { cwd: repo }).then((run) =>
      expect(run).toEqual({ code: 2, stdout: '', stderr: 'guidelint: none.yaml: no such file\n' }),
    );
    await addFiles(repo, { 'plain/tpl.md': '# [Name] Notes\n\n## Summary\n\n[What]\n' });
    await runCli(['new', 'plain/tpl.md', 'notes/n.md'], { cwd: repo });
    expect(await readFile(join(repo, 'notes/n.md'), 'utf8')).toMatch(/^---\ntemplate: \.\.\/plain\/tpl\.md\n---\n\n# \[Name\] Notes/u);
  });
});
