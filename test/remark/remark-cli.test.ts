/**
 * guidelint through the real remark-cli: one run (a start costs over a second of CPU, and the
 * invalid fixtures' parse several) over a workspace whose folders each hold a case, with their own
 * `.remarkrc.mjs` (remark-cli uses the nearest):
 *
 * - `invalid fixtures/`: every invalid fixture (test/ci/invalid-fixtures.ts) with the README's
 *   `.remarkrc.mjs`, the built preset with no options: what `guidelint check` reports, the same
 *   rule, place, severity and message for every finding.
 * - `xip/`: the XIP config case (fixtures/config/xip: `fields` with `requiredIf`/`allowedIf`,
 *   `unknown-field`, `field-order`, `when:` severities), with the same `.remarkrc.mjs`: the metadata
 *   findings `guidelint check` gives (issue 13: one implementation), exactly its `expected.findings`,
 *   which test/config-fixtures.test.ts checks the CLI gives.
 * - one folder a scenario, guidelint's rules as remark-lint rules: `lint` comments turn guidelint's
 *   findings off as they do remark-lint's; the severity tuple sets the preset's and a rule's level;
 *   a rule plugin works alone; a malformed option is one fatal line; the config-driven preset
 *   reports what `guidelint check` reports on the same files; the README's examples run.
 *
 * And the remark language server (unified-language-server, as vscode-remark runs it) publishes the
 * same findings as diagnostics for an opened document, lint comments honoured.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver/node';
import type { LintResult } from '../../src/engine/results.js';
import { RULE_IDS } from '../../src/lint/types.js';
import { builtCli, runNode, type ProcessRun } from '../built-cli.js';
import { createInvalidFixtureTree, type InvalidFixtureTree } from '../ci/invalid-fixtures.js';
import { editorSnippets } from '../lsp/readme-snippets.js';
import { makeTree, removeTree } from '../files/tree.js';
import { parseRemarkReport, type Report } from './remark-report.js';

const remarkCli = fileURLToPath(new URL('../../node_modules/remark-cli/cli.js', import.meta.url));
const languageServer = fileURLToPath(new URL('./remark-language-server.mjs', import.meta.url));
const xip = fileURLToPath(new URL('../../fixtures/config/xip/', import.meta.url));

/** The folders of the invalid fixtures and of the XIP case in the workspace. */
const FIXTURES = 'invalid fixtures';
const XIP = 'xip';

const TEMPLATE = '# [Project] Notes\n\n**Status:** [Draft/Final]\n\n## Summary\n\n[Describe the project]\n\n## Details\n\n[Explain how it works]\n\n## Risks\n\n[List the risks]\n\n## Plan\n\n[Write the plan]\n';
/** Every finding the template gives: a field value and four placeholders. */
const PLAIN = '# Alpha Notes\n\n**Status:** Urgent\n\n## Summary\n\n[Describe the project]\n\n## Details\n\n[Explain how it works]\n\n## Risks\n\n[List the risks]\n\n## Plan\n\n[Write the plan]\n';
const COMMENTED = [
  '# Alpha Notes',
  '',
  '**Status:** Urgent',
  '',
  '## Summary',
  '',
  '<!--lint ignore placeholder-->',
  '[Describe the project]',
  '',
  '## Details',
  '',
  '<!--lint disable placeholder field-value-->',
  '',
  '[Explain how it works]',
  '',
  '<!--lint enable placeholder-->',
  '',
  '## Risks',
  '',
  '[List the risks]',
  '',
  '## Plan',
  '',
  '<!-- guidelint-disable-next-line placeholder -->',
  '[Write the plan]',
  '',
].join('\n');

const preset = (plugins: string) => `import guidelint from 'guidelint/remark-preset';\n\nexport default { plugins: ${plugins} };\n`;
const OWN = "{ template: 'templates/notes.md' }";

let root: string;
let fixtures: InvalidFixtureTree;
let remark: ProcessRun;
/** `guidelint check --format json` of the built CLI in the invalid fixtures' folder. */
let check: ProcessRun;
let report: Report;

beforeAll(async () => {
  const bin = builtCli();
  root = await makeTree({
    // The README's .remarkrc.mjs, as users copy it: the preset with no options.
    [`${FIXTURES}/.remarkrc.mjs`]: editorSnippets('js')[0]!,
    [`${XIP}/.remarkrc.mjs`]: editorSnippets('js')[0]!,
    'templates/notes.md': TEMPLATE,
    'comments/.remarkrc.mjs': preset(`[[guidelint, ${OWN}]]`),
    'comments/doc.md': COMMENTED,
    'error/.remarkrc.mjs': preset(`[[guidelint, ['error', ${OWN}]]]`),
    'error/doc.md': PLAIN,
    'warn/.remarkrc.mjs': preset(`[[guidelint, ['warn', { template: 'templates/notes.md', rules: { 'field-value': 'error' } }]]]`),
    'warn/doc.md': PLAIN,
    'off/.remarkrc.mjs': preset(`[[guidelint, ['off', ${OWN}]]]`),
    'off/doc.md': PLAIN,
    'rule-off/.remarkrc.mjs': `import guidelint from 'guidelint/remark-preset';\nimport placeholder from 'guidelint/rules/placeholder';\n\nexport default { plugins: [[guidelint, ${OWN}], [placeholder, 'off']] };\n`,
    'rule-off/doc.md': PLAIN,
    'alone/.remarkrc.mjs': `import placeholder from 'guidelint/rules/placeholder';\n\nexport default { plugins: [[placeholder, ['warn', ${OWN}]]] };\n`,
    'alone/doc.md': PLAIN,
    'malformed/.remarkrc.mjs': preset("[[guidelint, { templte: 'templates/notes.md' }]]"),
    'malformed/doc.md': PLAIN,
    'config/.remarkrc.mjs': preset('[guidelint]'),
    'config/.guidelintrc.yaml': 'templates:\n  notes: ../templates/notes.md\ndocuments:\n  - files: "docs/**/*.md"\n    template: notes\nrules:\n  placeholder: warn\n',
    'config/docs/plain.md': PLAIN,
    'config/docs/commented.md': COMMENTED,
    // The README's examples, as users copy them: a built-in template, and one rule with their own template.
    'readme-builtin/.remarkrc.mjs': editorSnippets('js')[1]!,
    'readme-builtin/doc.md': '# Feature\n\n> **Status**: Ready\n',
    'readme-rule/.remarkrc.mjs': editorSnippets('js')[2]!,
    'docs/templates/rfc.md': TEMPLATE,
    'readme-rule/doc.md': PLAIN.replace('## Details\n\n[Explain how it works]\n\n', ''),
  });
  fixtures = createInvalidFixtureTree(join(root, FIXTURES));
  cpSync(xip, join(root, XIP), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  symlinkSync(dirname(dirname(bin)), join(root, 'node_modules', 'guidelint'));
  [remark, check] = await Promise.all([
    runNode(remarkCli, ['--no-stdout', '--no-color', '.'], root),
    runNode(bin, ['check', '--format', 'json'], fixtures.root),
  ]);
  report = parseRemarkReport(remark.stderr);
}, 120_000);

afterAll(() => removeTree(root));

/** The report's files under `folder`, by path from it. */
function reportUnder(folder: string): Report {
  return Object.fromEntries(
    Object.entries(report)
      .filter(([path]) => path.startsWith(`${folder}/`))
      .map(([path, messages]) => [path.slice(folder.length + 1), messages]),
  );
}

describe('remark-cli with the preset', () => {
  function cliReport(results: readonly LintResult[]): Report {
    const expected: Report = {};
    for (const result of results) {
      if (result.messages.length === 0) continue;
      expected[relative(fixtures.root, result.filePath)] = result.messages
        .map((message) => `${message.line}:${message.column} ${message.severity === 2 ? 'error' : 'warning'} ${message.ruleId} ${message.message}`)
        .sort();
    }
    return expected;
  }

  it('reports the findings guidelint check reports, file by file', () => {
    const expected = cliReport(JSON.parse(check.stdout) as LintResult[]);
    expect(Object.keys(expected).length).toBe(fixtures.documents.length + 1);
    expect(reportUnder(FIXTURES)).toEqual(expected);
  });

  it('exits 1 on errors, as guidelint check does', () => {
    expect(check.code).toBe(1);
    expect(remark.code).toBe(1);
  });
});

describe('remark-cli with the preset on the XIP case', () => {
  /** expected.findings (`<file>:<line>:<column> <error|warn> <rule-id> <message>`) as remark-cli's report reads back. */
  function expectedReport(): Report {
    const expected: Report = {};
    for (const line of readFileSync(join(xip, 'expected.findings'), 'utf8').trimEnd().split('\n')) {
      const [, file, place, severity, rest] = /^(.+?):(\d+:\d+) (error|warn) (.*)$/u.exec(line)!;
      (expected[file!] ??= []).push(`${place} ${severity === 'warn' ? 'warning' : 'error'} ${rest}`);
    }
    for (const messages of Object.values(expected)) messages.sort();
    return expected;
  }

  it('reports the field findings the CLI gives: unknown-field, field-order, requiredIf, allowedIf, when', () => {
    // The documents (xips/); the template beside them is no document.
    expect(reportUnder(XIP)).toEqual(expectedReport());
  });
});

const FIELD = 'Field "Status" (notes) must be one of "Draft", "Final", found "Urgent"';
const placeholder = (text: string) => `Placeholder "[${text}]" left in from the template (notes)`;

describe('remark-cli with guidelint as remark-lint rules', () => {
  it('honours lint disable, enable and ignore comments with guidelint rule ids, and guidelint-disable comments', () => {
    expect(report['comments/doc.md']).toEqual([
      `20:1 error placeholder ${placeholder('List the risks')}`,
      `3:13 error field-value ${FIELD}`,
    ].sort());
  });

  it('takes the severity tuple for the preset: error, warn (a rule of its rules at error), off', () => {
    const all = (severity: string) => [
      `11:1 ${severity} placeholder ${placeholder('Explain how it works')}`,
      `15:1 ${severity} placeholder ${placeholder('List the risks')}`,
      `19:1 ${severity} placeholder ${placeholder('Write the plan')}`,
      `7:1 ${severity} placeholder ${placeholder('Describe the project')}`,
    ];
    expect(report['error/doc.md']).toEqual([...all('error'), `3:13 error field-value ${FIELD}`].sort());
    expect(report['warn/doc.md']).toEqual([...all('warning'), `3:13 error field-value ${FIELD}`].sort());
    expect(report['off/doc.md']).toBeUndefined();
  });

  it('lets a rule plugin listed on its own override the preset, and run alone with its own tuple', () => {
    expect(report['rule-off/doc.md']).toEqual([`3:13 error field-value ${FIELD}`]);
    expect(report['alone/doc.md']).toEqual([
      `11:1 warning placeholder ${placeholder('Explain how it works')}`,
      `15:1 warning placeholder ${placeholder('List the risks')}`,
      `19:1 warning placeholder ${placeholder('Write the plan')}`,
      `7:1 warning placeholder ${placeholder('Describe the project')}`,
    ]);
  });

  it('reports a malformed option as one fatal line naming it, and exits 1', () => {
    expect(report['malformed/doc.md']).toEqual([
      '- error options guidelint preset: unknown option "templte" (did you mean "template"?); known: template, schema, cwd, rules',
    ]);
    // No stack trace: its frames are indented lines `at …` (messages of the other folders may say "at most").
    expect(remark.stderr).not.toMatch(/Cannot process file|^\s+at /mu);
    expect(remark.code).toBe(1);
  });

  it('without options, reports what guidelint check reports on the same files, less what lint comments turn off', async () => {
    const check = await runNode(join(root, 'node_modules', 'guidelint', 'bin', 'guidelint.js'), ['check', '--format', 'json', 'docs'], join(root, 'config'));
    const expected: Report = {};
    for (const result of JSON.parse(check.stdout) as Array<{ filePath: string; messages: Array<{ line: number; column: number; severity: number; ruleId: string; message: string }> }>) {
      expected[result.filePath.slice(root.length + 1)] = result.messages
        .map((message) => `${message.line}:${message.column} ${message.severity === 2 ? 'error' : 'warning'} ${message.ruleId} ${message.message}`)
        .sort();
    }
    expect(report['config/docs/plain.md']).toEqual(expected['config/docs/plain.md']);
    // The CLI reads guidelint-disable comments, not remark-lint's.
    const turnedOff = new Set(['8:1', '14:1']);
    expect(expected['config/docs/commented.md']).toHaveLength(4);
    expect(report['config/docs/commented.md']).toEqual(expected['config/docs/commented.md']!.filter((line) => !turnedOff.has(line.split(' ')[0]!)));
  });

  it('runs the README\'s examples: a built-in template with the tuple and rules, and one rule alone', () => {
    const builtin = report['readme-builtin/doc.md']!;
    expect(builtin.filter((line) => line.includes(' field-value '))).toEqual([
      expect.stringMatching(/^3:15 error field-value Field "Status" \(design-doc\) must be one of /u),
    ]);
    expect(builtin.filter((line) => !line.includes(' field-value ')).every((line) => line.split(' ')[1] === 'warning')).toBe(true);
    expect(builtin.some((line) => line.includes(' required-section '))).toBe(true);
    expect(report['readme-rule/doc.md']).toEqual(['9:1 error required-section Missing required section "## Details" (rfc), expected after "## Summary"']);
  });

  it('exports each rule as guidelint/rules/<rule-id>', () => {
    const guidelint = join(root, 'node_modules', 'guidelint');
    const { exports } = JSON.parse(readFileSync(join(guidelint, 'package.json'), 'utf8')) as { exports: Record<string, { default: string }> };
    const missing = RULE_IDS.filter((id) => !existsSync(join(guidelint, exports['./rules/*']!.default.replace('*', id))));
    expect(missing).toEqual([]);
  });
});

describe('the remark language server with the preset', () => {
  it('publishes guidelint\'s findings for an opened document as diagnostics, lint comments honoured', async () => {
    const server = spawn(process.execPath, [languageServer, '--stdio'], { cwd: root, env: { ...process.env, NODE_OPTIONS: '' } });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    const uri = pathToFileURL(join(root, 'comments', 'doc.md')).href;
    const published = new Promise<PublishDiagnosticsParams>((resolve) => {
      connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        if (params.uri === uri) resolve(params);
      });
    });
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    try {
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'root' }] });
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: COMMENTED } });
      const { diagnostics } = await published;
      const docs = (id: string) => ({ href: `https://github.com/guidelint/guidelint/blob/main/docs/rules/${id}.md` });
      expect(diagnostics).toEqual([
        {
          range: { start: { line: 2, character: 12 }, end: { line: 2, character: 18 } },
          severity: 1,
          code: 'field-value',
          codeDescription: docs('field-value'),
          source: 'guidelint',
          message: FIELD,
          data: { expected: ['Draft', 'Final'] },
        },
        {
          range: { start: { line: 19, character: 0 }, end: { line: 19, character: 16 } },
          severity: 1,
          code: 'placeholder',
          codeDescription: docs('placeholder'),
          source: 'guidelint',
          message: placeholder('List the risks'),
        },
      ]);
    } finally {
      connection.dispose();
      server.kill();
    }
  }, 60_000);
});
