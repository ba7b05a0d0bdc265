/**
 * The CI reports of a real run: the CLI over every invalid fixture (a finding of every rule), once
 * per format. SARIF must validate against the official schema and put each result where the
 * fixture's `.findings` and the same run's JSON say; the github and junit outputs are pinned on
 * the same run, a path with spaces and a message with `%`, `:` and a line break included.
 *
 * The documents are linted once: the JSON run fills a `--cache` that the other formats' runs
 * report from (test/engine/cache.test.ts: the same report warm as cold). What differs between the
 * runs is the format, which is what these tests are about.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, Result } from 'sarif';
import type { LintResult } from '../../src/engine/results.js';
import { RULE_IDS } from '../../src/lint/types.js';
import type { CliRun } from '../cli/run-cli.js';
import { createInvalidFixtureTree, ESCAPES_DOCUMENT, ESCAPES_STATUS, type InvalidFixtureTree } from '../ci/invalid-fixtures.js';
import { validateSarif } from './sarif-validator.js';

const STATUS_VALUES = '"Draft", "Planning", "In Progress", "Implemented", "Deprecated"';

let tree: InvalidFixtureTree;
let runs: Record<'json' | 'sarif' | 'github' | 'junit', CliRun>;
let results: LintResult[];
let log: Log;

beforeAll(async () => {
  tree = createInvalidFixtureTree();
  const run = (format: string): Promise<CliRun> => tree.run(format, '--cache');
  runs = { json: await run('json'), sarif: await run('sarif'), github: await run('github'), junit: await run('junit') };
  results = JSON.parse(runs.json.stdout) as LintResult[];
  log = JSON.parse(runs.sarif.stdout) as Log;
}, 60_000);

afterAll(() => tree.remove());

function relativePath(filePath: string): string {
  return relative(tree.root, filePath).split(sep).join('/');
}

/** Every finding of the JSON report, in report order, with its file relative to the tree's root. */
function jsonFindings() {
  return results.flatMap((result) => result.messages.map((message) => ({ path: relativePath(result.filePath), ...message })));
}

function sarifResults(): Result[] {
  return log.runs[0]!.results ?? [];
}

/** A SARIF result's file: its `%SRCROOT%`-relative URI, decoded. */
function sarifPath(result: Result): string {
  const location = result.locations?.[0]?.physicalLocation?.artifactLocation;
  expect(location?.uriBaseId).toBe('%SRCROOT%');
  return (location?.uri ?? '').split('/').map(decodeURIComponent).join('/');
}

describe('a real run over the invalid fixtures', () => {
  it('exits 1 in every format, with nothing on stderr', () => {
    for (const run of Object.values(runs)) expect([run.code, run.stderr]).toEqual([1, '']);
    expect(results.map((result) => relativePath(result.filePath)).sort()).toEqual(
      [...tree.documents.map((document) => document.path), ESCAPES_DOCUMENT].sort(),
    );
  });
});

describe('sarif', () => {
  it('is valid against the SARIF 2.1.0 schema', () => {
    const valid = validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('has results of every rule, each listed among the tool’s rules', () => {
    const ruleIds = new Set(sarifResults().map((result) => result.ruleId));
    expect([...ruleIds].sort()).toEqual([...RULE_IDS].sort());
    const descriptors = log.runs[0]!.tool.driver.rules ?? [];
    for (const result of sarifResults()) expect(descriptors[result.ruleIndex!]?.id).toBe(result.ruleId);
  });

  it('puts each result where the fixture’s .findings says, relative to the tree’s root', () => {
    expect(log.runs[0]!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(tree.root).href}/` } });
    const found = new Map<string, string[]>();
    for (const result of sarifResults()) {
      const region = result.locations?.[0]?.physicalLocation?.region;
      const line = `${region?.startLine}:${region?.startColumn} ${result.ruleId} ${result.message.text}`;
      found.set(sarifPath(result), [...(found.get(sarifPath(result)) ?? []), line]);
    }
    const expected = new Map(tree.documents.map((document) => [document.path, document.findings]));
    expected.set(ESCAPES_DOCUMENT, [
      `2:9 field-value Field "Status" (design-doc) must be one of ${STATUS_VALUES}, found "${ESCAPES_STATUS}"`,
    ]);
    expect(Object.fromEntries(found)).toEqual(Object.fromEntries(expected));
  });

  it('agrees with the JSON report, result for result: file, rule, level, message and region', () => {
    const fromSarif = sarifResults().map((result) => ({
      path: sarifPath(result),
      ruleId: result.ruleId,
      level: result.level,
      message: result.message.text,
      region: result.locations?.[0]?.physicalLocation?.region,
    }));
    const fromJson = jsonFindings().map((finding) => ({
      path: finding.path,
      ruleId: finding.ruleId,
      level: finding.severity === 2 ? 'error' : 'warning',
      message: finding.message,
      region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
    }));
    expect(fromSarif).toEqual(fromJson);
    expect(fromSarif.length).toBe(96);
  });

  it('percent-encodes a path with a space, a comma and a percent sign', () => {
    const escapes = sarifResults().find((result) => sarifPath(result) === ESCAPES_DOCUMENT);
    expect(escapes?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe(
      'design-doc/drafts/search%20index%2C%2050%25%20draft.md',
    );
  });
});

/** Reads a workflow command back, undoing GitHub's escaping of its properties and message. */
function parseCommand(line: string) {
  const parts = /^::(error|warning) ([^:]*)::(.*)$/u.exec(line);
  if (!parts) throw new Error(`not a workflow command: ${line}`);
  const unescape = (text: string): string =>
    text.replace(/%(25|0D|0A|3A|2C)/gu, (_, code: string) => String.fromCharCode(parseInt(code, 16)));
  const properties = Object.fromEntries(
    parts[2]!.split(',').map((pair) => {
      const [key, value] = pair.split('=');
      return [key, unescape(value ?? '')];
    }),
  );
  return { kind: parts[1], properties, message: unescape(parts[3]!) };
}

describe('github', () => {
  it('writes one command per finding that reads back as the JSON finding', () => {
    const lines = runs.github.stdout.split('\n');
    expect(lines.pop()).toBe('');
    const expected = jsonFindings().map((finding) => ({
      kind: finding.severity === 2 ? 'error' : 'warning',
      properties: {
        file: finding.path,
        line: String(finding.line),
        col: String(finding.column),
        endLine: String(finding.endLine),
        endColumn: String(finding.endColumn),
        title: `guidelint (${finding.ruleId})`,
      },
      message: finding.message,
    }));
    expect(lines.map(parseCommand)).toEqual(expected);
  });

  it('escapes % and line breaks in the message, and , and % in the file property', () => {
    const lines = runs.github.stdout.split('\n');
    expect(lines[0]).toBe(
      '::error file=design-doc/drafts/search index%2C 50%25 draft.md,line=2,col=9,endLine=2,endColumn=32,' +
        `title=guidelint (field-value)::Field "Status" (design-doc) must be one of ${STATUS_VALUES}, found "50%25 done: see%0Areview"`,
    );
    expect(lines).toContain(
      '::warning file=design-doc/invalid/code-block.md,line=122,col=1,endLine=122,endColumn=1,title=guidelint (code-block)::Missing code block in "### Data Flow" (design-doc)',
    );
  });
});

describe('junit', () => {
  const testCases = (): string[] => [...runs.junit.stdout.matchAll(/<testcase name="([^"]*)"/gu)].map((match) => match[1]!);

  it('has one test case per checked file; a file with errors fails', () => {
    expect(testCases()).toEqual(results.map((result) => relativePath(result.filePath)));
    const failing = results.filter((result) => result.errorCount > 0).length;
    expect(runs.junit.stdout).toContain(
      `<testsuite name="guidelint" tests="${results.length}" failures="${failing}" errors="0" skipped="0">`,
    );
    expect([results.length, failing]).toEqual([96, 82]);
  });

  it('keeps the line break of a message, and lists warnings-only files as passing output', () => {
    expect(runs.junit.stdout).toContain(
      [
        '    <testcase name="design-doc/drafts/search index, 50% draft.md" classname="design-doc" time="0">',
        `      <failure message="1 error" type="error">design-doc/drafts/search index, 50% draft.md:2:9: error: Field "Status" (design-doc) must be one of ${STATUS_VALUES}, found "50% done: see`,
        'review" (field-value)</failure>',
        '    </testcase>',
      ].join('\n'),
    );
    expect(runs.junit.stdout).toContain(
      [
        '    <testcase name="design-doc/invalid/code-block.md" classname="design-doc" time="0">',
        '      <system-out>design-doc/invalid/code-block.md:122:1: warning: Missing code block in "### Data Flow" (design-doc) (code-block)</system-out>',
        '    </testcase>',
      ].join('\n'),
    );
  });
});
