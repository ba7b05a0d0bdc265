import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { packageVersion } from '../../src/config/package-root.js';
import { readFindings, storeFindings, TextTable, type StoredFinding } from '../../src/engine/cache-texts.js';
import { cacheFilePath, DEFAULT_CACHE_FILE, LintCache } from '../../src/engine/cache.js';
import type { Finding } from '../../src/lint/types.js';
import { runCli, type CliRun } from '../cli/run-cli.js';

const TEMPLATE = `# [Project] Notes

## Summary

[Describe the project in a few words]

## Details

[Explain how it works]

\`\`\`sh
[command to run it]
\`\`\`
`;

const CLEAN = '# Alpha Notes\n\n## Summary\n\nAlpha sorts things.\n\n## Details\n\nRun it:\n\n```sh\nalpha sort\n```\n';
/** No Details section: one error (required-section). */
const MISSING_DETAILS = '# Beta Notes\n\n## Summary\n\nBeta counts things.\n';
/** Details without a code block: one warning (code-block). */
const NO_CODE = '# Gamma Notes\n\n## Summary\n\nGamma adds.\n\n## Details\n\nIt adds numbers.\n';

const CONFIG = { templates: { notes: 'tpl.md' }, documents: [{ files: 'docs/*.md', template: 'notes' }] };

let root: string;
const at = (...parts: string[]): string => join(root, ...parts);

function write(file: string, content: string): void {
  mkdirSync(dirname(at(file)), { recursive: true });
  writeFileSync(at(file), content);
}

/** The cache file as JSON, to read and to tamper with. */
interface CacheJson {
  format: string;
  version: string;
  /** The texts findings refer to by index. */
  texts: string[];
  templates: Record<string, { templateHash: string; schema: { sections: unknown[] } }>;
  /** Findings as rows: the index of their key list (a text), then the values, texts as indices. */
  files: Record<string, { stamp: { size: number; mtimeMs: number } | null; result: { messages: number[][] } | null }>;
}

/** Where a stored finding row holds its message's text index. */
const messageColumn = (data: CacheJson, row: number[]): number => data.texts[row[0]!]!.split(',').indexOf('message') + 1;

const readCache = (path = at(DEFAULT_CACHE_FILE)): CacheJson => JSON.parse(readFileSync(path, 'utf8')) as CacheJson;
const writeCache = (data: CacheJson, path = at(DEFAULT_CACHE_FILE)): void => writeFileSync(path, JSON.stringify(data));

const check = (...args: string[]): Promise<CliRun> => runCli(['--format', 'json', '--cache', ...args], { cwd: root });

/** Each file's messages, by file name. */
function messagesOf(run: CliRun): Record<string, string[]> {
  const results = JSON.parse(run.stdout) as { filePath: string; messages: { message: string }[] }[];
  const byFile = results.map((result) => [result.filePath.slice(root.length + 1), result.messages.map((m) => m.message)]);
  return Object.fromEntries(byFile);
}

const FRESH = {
  'docs/clean.md': [],
  'docs/missing-details.md': ['Missing required section "## Details" (notes), expected after "## Summary"'],
  'docs/no-code.md': ['Missing code block in "## Details" (notes)'],
};

/** Replaces every stored message with `REPLAYED`: a run that reports it reused the cache. */
function markStoredFindings(): void {
  const data = readCache();
  const replayed = data.texts.push('REPLAYED') - 1;
  for (const entry of Object.values(data.files)) {
    for (const row of entry.result?.messages ?? []) row[messageColumn(data, row)] = replayed;
  }
  writeCache(data);
}

/** Dates a file an hour back: old enough for the cache to trust its size and modification time. */
function age(file: string): void {
  const hourAgo = new Date(Date.now() - 3_600_000);
  utimesSync(at(file), hourAgo, hourAgo);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'guidelint-cache-'));
  write('tpl.md', TEMPLATE);
  write('.guidelintrc.json', JSON.stringify(CONFIG));
  write('docs/clean.md', CLEAN);
  write('docs/missing-details.md', MISSING_DETAILS);
  write('docs/no-code.md', NO_CODE);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('--cache', () => {
  it('stores every document, with its findings, and the compiled template', async () => {
    const cold = await check();
    expect(cold.code).toBe(1);
    expect(messagesOf(cold)).toEqual(FRESH);
    const data = readCache();
    expect([data.format, data.version]).toEqual(['guidelint-cache/2', packageVersion()]);
    expect(Object.keys(data.files).sort()).toEqual([at('docs/clean.md'), at('docs/missing-details.md'), at('docs/no-code.md')]);
    const rows = data.files[at('docs/no-code.md')]?.result?.messages ?? [];
    expect(rows.map((row) => data.texts[row[messageColumn(data, row)]!])).toEqual(FRESH['docs/no-code.md']);
    expect(Object.keys(data.templates)).toEqual([JSON.stringify(['notes', at('tpl.md'), {}, {}, null])]);
  });

  it('replays the stored findings of unchanged documents, clean or not, and does not rewrite the cache', async () => {
    await check();
    markStoredFindings();
    const inode = statSync(at(DEFAULT_CACHE_FILE)).ino;
    const warm = await check();
    expect(messagesOf(warm)).toEqual({
      'docs/clean.md': [],
      'docs/missing-details.md': ['REPLAYED'],
      'docs/no-code.md': ['REPLAYED'],
    });
    expect(warm.code).toBe(1);
    expect(statSync(at(DEFAULT_CACHE_FILE)).ino).toBe(inode);
  });

  it('gives the same report warm as cold', async () => {
    const cold = await check();
    const warm = await check();
    expect([warm.code, warm.stdout, warm.stderr]).toEqual([cold.code, cold.stdout, cold.stderr]);
  });

  it('lints a document again when its content changed', async () => {
    await check();
    markStoredFindings();
    write('docs/no-code.md', CLEAN.replace('Alpha', 'Delta'));
    expect(messagesOf(await check())).toEqual({ ...FRESH, 'docs/missing-details.md': ['REPLAYED'], 'docs/no-code.md': [] });
  });

  it('lints again when the template compiles to another schema', async () => {
    await check();
    markStoredFindings();
    write('tpl.md', TEMPLATE.replace('\n## Details', '\n## Background\n\n[Why it exists]\n\n## Details'));
    const missingBackground = 'Missing required section "## Background" (notes), expected after "## Summary"';
    expect(messagesOf(await check())).toEqual({
      'docs/clean.md': [missingBackground],
      'docs/missing-details.md': [missingBackground, FRESH['docs/missing-details.md'][0]],
      'docs/no-code.md': [missingBackground, FRESH['docs/no-code.md'][0]],
    });
  });

  it('lints again when the rule settings changed', async () => {
    await check();
    markStoredFindings();
    write('.guidelintrc.json', JSON.stringify({ ...CONFIG, rules: { 'code-block': 'off' } }));
    expect(messagesOf(await check())).toEqual({ ...FRESH, 'docs/no-code.md': [] });
  });

  it('stores coverage only for the formats that read it, and lints again for a report what a check stored', async () => {
    const report = async (): Promise<unknown> => {
      const { generatedAt: _when, ...rest } = JSON.parse((await runCli(['report', '--format', 'conformance-json', '--cache'], { cwd: root })).stdout) as {
        generatedAt: string;
      };
      return rest;
    };
    const stored = (): boolean[] => Object.values(readCache().files).map((entry) => 'coverage' in (entry.result ?? {}));
    await check();
    expect(stored()).toEqual([false, false, false]);
    markStoredFindings();
    const afterCheck = await report();
    expect(JSON.stringify(afterCheck)).not.toContain('REPLAYED');
    expect(stored()).toEqual([true, true, true]);
    rmSync(at(DEFAULT_CACHE_FILE));
    expect(await report()).toEqual(afterCheck);
    markStoredFindings();
    expect(messagesOf(await check())).toEqual({
      'docs/clean.md': [],
      'docs/missing-details.md': ['REPLAYED'],
      'docs/no-code.md': ['REPLAYED'],
    });
  });

  it('ignores and rewrites a cache written by another guidelint version', async () => {
    await check();
    markStoredFindings();
    writeCache({ ...readCache(), version: '0.0.0-other' });
    expect(messagesOf(await check())).toEqual(FRESH);
    expect(readCache().version).toBe(packageVersion());
  });

  it.each([
    ['corrupt', '{"format": "guidelint-cache/1", "files": {'],
    ['foreign', JSON.stringify([{ filePath: 'x.md', hash: 'abc' }])],
    [
      'with a malformed entry',
      JSON.stringify({ format: 'guidelint-cache/2', version: 'VERSION', texts: [], templates: {}, files: { X: { contentHash: 1 } } }),
    ],
  ])('ignores a %s cache file and rewrites it', async (_kind, text) => {
    const cold = await check();
    const cacheText = text.replace('VERSION', packageVersion()).replace('"X"', JSON.stringify(at('docs/clean.md')));
    writeFileSync(at(DEFAULT_CACHE_FILE), cacheText);
    const run = await check();
    expect([run.code, run.stdout, run.stderr]).toEqual([cold.code, cold.stdout, cold.stderr]);
    expect(Object.keys(readCache().files)).toHaveLength(3);
  });

  it('compiles nothing when the template is unchanged: the stored schema is used', async () => {
    await check();
    // A stored schema that requires no section at all: documents checked against it lose their
    // missing-section findings, which only this stored copy can explain.
    const data = readCache();
    for (const template of Object.values(data.templates)) template.schema.sections = [];
    writeCache(data);
    write('docs/missing-details.md', `${MISSING_DETAILS}\nMore text.\n`);
    expect(messagesOf(await check())['docs/missing-details.md']).toEqual([]);
  });

  it('trusts the size and modification time of a file that was not changed just before it was read', async () => {
    for (const file of ['docs/clean.md', 'docs/missing-details.md', 'docs/no-code.md']) age(file);
    await check();
    const { mtimeMs } = statSync(at('docs/no-code.md'));
    expect(readCache().files[at('docs/no-code.md')]?.stamp).toEqual({ size: NO_CODE.length, mtimeMs });
    markStoredFindings();
    // Other bytes, same size, same time: taken to be unchanged, not read.
    const { mtime } = statSync(at('docs/no-code.md'));
    write('docs/no-code.md', NO_CODE.replace('Gamma', 'Delta'));
    utimesSync(at('docs/no-code.md'), mtime, mtime);
    expect(messagesOf(await check())['docs/no-code.md']).toEqual(['REPLAYED']);
  });

  it('reads a file whose time changed, replays its run when its bytes did not, and stores the new time', async () => {
    age('docs/no-code.md');
    await check();
    markStoredFindings();
    const touched = new Date(Date.now() - 60_000);
    utimesSync(at('docs/no-code.md'), touched, touched);
    expect(messagesOf(await check())['docs/no-code.md']).toEqual(['REPLAYED']);
    expect(readCache().files[at('docs/no-code.md')]?.stamp?.mtimeMs).toBe(statSync(at('docs/no-code.md')).mtimeMs);
  });

  it('does not trust the time of a file changed just before it was read', async () => {
    await check();
    expect(readCache().files[at('docs/no-code.md')]?.stamp).toBeNull();
  });

  it('drops the entries of documents that no longer exist when it saves', async () => {
    await check();
    rmSync(at('docs/clean.md'));
    write('docs/no-code.md', CLEAN);
    await check();
    expect(Object.keys(readCache().files).sort()).toEqual([at('docs/missing-details.md'), at('docs/no-code.md')]);
  });

  it('writes to --cache-location, a file or a folder', async () => {
    await check('--cache-location', 'caches/lint.json');
    expect(Object.keys(readCache(at('caches/lint.json')).files)).toHaveLength(3);
    mkdirSync(at('folder'));
    await check('--cache-location', 'folder');
    expect(Object.keys(readCache(at('folder', DEFAULT_CACHE_FILE)).files)).toHaveLength(3);
  });

  it('stops with one line when the cache cannot be written', async () => {
    const run = await check('--cache-location', 'docs/clean.md/cache');
    expect([run.code, run.stderr]).toEqual([
      2,
      `guidelint: cannot write the cache "${at('docs/clean.md/cache')}": a parent is not a directory\n`,
    ]);
  });

  it('is off without --cache', async () => {
    await runCli(['--format', 'json'], { cwd: root });
    expect(() => statSync(at(DEFAULT_CACHE_FILE))).toThrow();
  });
});

describe('cacheFilePath', () => {
  it('is .guidelintcache in the working folder by default, or in a named folder', () => {
    mkdirSync(at('existing'));
    expect(cacheFilePath(root, undefined)).toBe(at('.guidelintcache'));
    expect(cacheFilePath(root, 'existing')).toBe(at('existing', '.guidelintcache'));
    expect(cacheFilePath(root, 'new-folder/')).toBe(at('new-folder', '.guidelintcache'));
    expect(cacheFilePath(root, 'lint.cache')).toBe(at('lint.cache'));
  });
});

describe('LintCache', () => {
  it('starts empty from a missing file and saves one that a later open reads', () => {
    const location = at('sub', 'cache.json');
    const cache = LintCache.open(location, '1.2.3');
    expect(cache.entry(at('docs/clean.md'))).toBeUndefined();
    const entry = {
      contentHash: 'c',
      stamp: { size: 10, mtimeMs: 1000 },
      settingsHash: 's',
      template: null,
      schemaHash: null,
      outcome: { kind: 'skipped' as const, filePath: at('docs/clean.md'), reason: 'no template' },
      result: null,
    };
    cache.setEntry(at('docs/clean.md'), entry);
    cache.save();
    expect(LintCache.open(location, '1.2.3').entry(at('docs/clean.md'))).toEqual(entry);
    expect(LintCache.open(location, '1.2.4').entry(at('docs/clean.md'))).toBeUndefined();
  });
});

describe('stored findings', () => {
  const findings: Finding[] = [
    { ruleId: null, severity: 2, fatal: true, message: 'File is binary', line: 1, column: 1, endLine: 1, endColumn: 1 },
    {
      ruleId: 'field-value',
      severity: 2,
      message: 'Field "Status" is "Dnoe"',
      line: 3,
      column: 13,
      endLine: 3,
      endColumn: 17,
      suggestions: [
        { desc: 'Set "Status" to "Done"', fix: { range: [40, 44], text: 'Done' } },
        { desc: 'Set "Status" to "Draft"', fix: { range: [40, 44], text: 'Draft' } },
      ],
    },
    {
      ruleId: 'required-section',
      severity: 2,
      message: 'Missing required section "## Details" (notes)',
      line: 6,
      column: 1,
      endLine: 6,
      endColumn: 1,
      fix: { range: [46, 46], text: '## Details\n\n' },
    },
  ];

  it('come back equal, keys in the same order, each text stored once', () => {
    const table = new TextTable();
    const stored = storeFindings([...findings, findings[2]!], table);
    const read = readFindings(JSON.parse(JSON.stringify(stored)) as StoredFinding[], new TextTable([...table.texts]));
    expect(read).toEqual([...findings, findings[2]]);
    const keyOrder = (list: Finding[]): string[] => list.map((finding) => Object.keys(finding).join());
    expect(keyOrder(read)).toEqual(keyOrder([...findings, findings[2]!]));
    expect(table.texts.filter((text) => text === '## Details\n\n')).toHaveLength(1);
  });

  it('do not read from a table they do not fit', () => {
    const table = new TextTable();
    const stored = storeFindings(findings, table);
    expect(() => readFindings(stored, new TextTable(table.texts.slice(0, 2)))).toThrow(RangeError);
  });
});
