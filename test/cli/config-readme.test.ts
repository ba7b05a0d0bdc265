/** The README's Configuration section says what guidelint does: its YAML loads, its error lines are real. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { addFiles, makeTree, removeTree } from '../files/tree.js';
import { runCli } from './run-cli.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The text from `## Configuration` to the next second-level heading. */
function configurationSection(): string {
  const start = README.indexOf('\n## Configuration\n');
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end === -1 ? undefined : end);
}

/** The contents of the fenced blocks with this info string. */
function blocks(lang: string): string[] {
  return [...configurationSection().matchAll(new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, 'gmu'))].map((match) => match[1]!);
}

/** A template with every section the README's overrides name. */
const RFC = `# RFC: [Title]

## Summary

[One paragraph]

## Steps

### Step 1: [Action]

[What to do]

## Examples

[An example]

## Reference

[The details]

## Unresolved questions

[What is left open]
`;

let root: string;

beforeAll(async () => {
  root = await makeTree({
    'docs/templates/adr.md': '# ADR-NNNN: [Title]\n\n## Context\n\n[Why]\n',
    'docs/templates/rfc.md': RFC,
  });
});

afterAll(() => removeTree(root));

describe("the README's Configuration section", () => {
  it('holds one YAML example, which loads with every key', async () => {
    const [yaml, ...others] = blocks('yaml');
    expect(others).toEqual([]);
    await addFiles(root, { '.guidelintrc.yaml': yaml! });
    expect((await loadConfig({ cwd: root })).config).toEqual({
      templates: {
        adr: { path: join(root, 'docs/templates/adr.md'), rules: {}, ruleOptions: {}, sections: {}, fields: {}, fieldOrder: null, origin: '.guidelintrc.yaml: templates.adr' },
        rfc: {
          path: join(root, 'docs/templates/rfc.md'),
          rules: { 'code-block': 'off' },
          ruleOptions: {},
          sections: {
            'Unresolved questions': { optional: true },
            'Step {n}': { min: 2 },
            Examples: { max: 3, anyHeading: true },
            Reference: { closed: true },
          },
          fields: {
            status: { values: ['Draft', 'Accepted', 'Rejected', 'Withdrawn'] },
            created: { type: 'date' },
            id: { type: 'integer', pattern: '^[0-9]{4}$' },
            'decision-date': { type: 'date', requiredIf: { status: ['Accepted', 'Rejected'] } },
            'withdrawal-reason': { allowedIf: { status: 'Withdrawn' }, maxLength: 200 },
            replaces: { optional: true },
          },
          fieldOrder: ['id', 'status', 'created'],
          origin: '.guidelintrc.yaml: templates.rfc',
        },
      },
      documents: [
        {
          files: ['docs/rfcs/**/*.md'],
          template: 'rfc',
          when: [
            {
              fields: { status: ['Withdrawn'] },
              severity: 'warn',
              rules: {},
              ruleOptions: {},
              sections: {},
              fieldOverrides: {},
              origin: 'documents[0].when[0]',
            },
            {
              fields: { status: ['Draft'] },
              rules: { placeholder: 'warn' },
              ruleOptions: {},
              sections: { 'Unresolved questions': { optional: true } },
              fieldOverrides: { created: { optional: true } },
              origin: 'documents[0].when[1]',
            },
          ],
        },
        { files: ['docs/design/*.md', 'docs/architecture/*.md'], template: 'design-doc' },
        { files: ['docs/adr/'], template: 'docs/templates/adr.md' },
      ],
      rules: { 'unknown-section': 'warn', 'required-label': 'off', 'unknown-field': 'error', 'field-order': 'warn' },
      ruleOptions: { 'unknown-section': { levels: [2] } },
      ignore: ['docs/archive/**', '**/CHANGELOG.md'],
      detect: false,
    });
  });

  it("names sections of the template in its overrides: the template compiles with them", async () => {
    await addFiles(root, { '.guidelintrc.yaml': blocks('yaml')[0]! });
    const run = await runCli(['compile', 'rfc'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    interface Section {
      display: string;
      required: boolean;
      min: number;
      max: number | null;
      anyHeading: boolean;
      closed: boolean;
      children: Section[];
    }
    const flatten = (sections: Section[]): Section[] => sections.flatMap((section) => [section, ...flatten(section.children)]);
    const sections = flatten((JSON.parse(run.stdout) as { sections: Section[] }).sections);
    expect(sections.map(({ display, required, min, max, anyHeading, closed }) => [display, required, min, max, anyHeading, closed])).toEqual([
      ['Summary', true, 1, 1, false, false],
      ['Steps', true, 1, 1, false, false],
      ['Step {n}', true, 2, null, false, false],
      ['Examples', true, 1, 3, true, false],
      ['Reference', true, 1, 1, false, true],
      ['Unresolved questions', false, 1, 1, false, false],
    ]);
  });

  it('shows error lines guidelint really prints, up to their "…"', async () => {
    const configs: Record<string, string> = {
      documnets: 'documnets: []\n',
      'documents[0].template': 'templates:\n  adr: docs/templates/adr.md\n  rfc: docs/templates/rfc.md\ndocuments:\n  - { files: "*.md", template: rfcs }\n',
      'templates.rfc.path': 'templates:\n  rfc:\n    path: docs/templates/rfc.md\n',
    };
    const [text] = blocks('text');
    const lines = text!.trimEnd().split('\n');
    expect(lines.length).toBe(3);
    for (const line of lines) {
      const key = Object.keys(configs).find((candidate) => line.startsWith(`guidelint: .guidelintrc.yaml: ${candidate}:`))!;
      const dir = join(root, key);
      await addFiles(dir, { '.guidelintrc.yaml': configs[key]!, ...(key === 'templates.rfc.path' ? {} : { 'docs/templates/rfc.md': RFC, 'docs/templates/adr.md': '# A\n' }) });
      const run = await runCli([], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr.startsWith(line.split('…')[0]!)).toBe(true);
    }
  });
});
