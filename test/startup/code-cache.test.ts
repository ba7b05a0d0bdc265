/**
 * The CLI's V8 code cache (src/cli/code-cache.ts, src/cli/launch.ts): where it goes, when it is
 * trusted, which file a run uses; and the built CLI writing it once (and the compiled schemas of
 * user templates beside it), running the same from them, ignoring a bad one, never touching a
 * folder others can write to, and importing a JavaScript config from cached bytecode.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheProfile, codeCacheFileName, codeCacheFolder, trustedFolder } from '../../src/cli/code-cache.js';
import { COMMANDS } from '../../src/cli/options.js';
import { builtCli, type ProcessRun } from '../built-cli.js';
import { makeTree, removeTree } from '../files/tree.js';

const COMMAND_NAMES = COMMANDS.map((command) => command.name);
const RUNTIME = { nodeVersion: 'v20.20.2', arch: 'x64', flags: '' };

describe('code cache: where and which file', () => {
  it('goes to NODE_COMPILE_CACHE, else to a folder of the user\'s own in the temporary folder, and is off with NODE_DISABLE_COMPILE_CACHE', () => {
    expect(codeCacheFolder({}, '/tmp', 1000)).toBe('/tmp/guidelint-code-cache-1000');
    expect(codeCacheFolder({}, 'C:\\Temp', undefined)).toBe(join('C:\\Temp', 'guidelint-code-cache'));
    expect(codeCacheFolder({ NODE_COMPILE_CACHE: '/var/cache/node' }, '/tmp', 1000)).toBe('/var/cache/node/guidelint');
    expect(codeCacheFolder({ NODE_DISABLE_COMPILE_CACHE: '1', NODE_COMPILE_CACHE: '/var/cache/node' }, '/tmp', 1000)).toBeNull();
    expect(codeCacheFolder({ NODE_DISABLE_COMPILE_CACHE: '' }, '/tmp', 1000)).toBe('/tmp/guidelint-code-cache-1000');
  });

  it('trusts only a folder of the user\'s own that no one else can write to', () => {
    const folder = (uid: number, mode: number, directory = true) => ({ isDirectory: () => directory, uid, mode });
    expect(trustedFolder(folder(1000, 0o40700), 1000)).toBe(true);
    expect(trustedFolder(folder(1000, 0o40755), 1000)).toBe(true);
    expect(trustedFolder(folder(1001, 0o40700), 1000)).toBe(false);
    expect(trustedFolder(folder(1000, 0o40770), 1000)).toBe(false);
    expect(trustedFolder(folder(1000, 0o40707), 1000)).toBe(false);
    expect(trustedFolder(folder(1000, 0o120777, false), 1000)).toBe(false);
    expect(trustedFolder(folder(0, 0o40777), undefined)).toBe(true);
  });

  it('keeps one file per command a run starts with; help and the version read it, never write it', () => {
    expect(cacheProfile([], COMMAND_NAMES)).toEqual({ name: 'check', write: true });
    expect(cacheProfile(['docs', '--template', 'rfc'], COMMAND_NAMES)).toEqual({ name: 'check', write: true });
    expect(cacheProfile(['lsp', '--stdio'], COMMAND_NAMES)).toEqual({ name: 'lsp', write: true });
    expect(cacheProfile(['--format', 'json', 'report'], COMMAND_NAMES)).toEqual({ name: 'check', write: true });
    expect(cacheProfile(['init'], COMMAND_NAMES)).toEqual({ name: 'init', write: true });
    expect(cacheProfile(['--version'], COMMAND_NAMES)).toEqual({ name: 'check', write: false });
    expect(cacheProfile(['new', '-h'], COMMAND_NAMES)).toEqual({ name: 'new', write: false });
  });

  it('names the file by the bundle, the command and the runtime, flags included', () => {
    expect(codeCacheFileName('0123456789abcdef', 'check', RUNTIME)).toBe('0123456789abcdef-check-v20.20.2-x64.cache');
    const flagged = codeCacheFileName('0123456789abcdef', 'check', { ...RUNTIME, flags: '--max-semi-space-size=64' });
    expect(flagged).toMatch(/^0123456789abcdef-check-v20\.20\.2-x64-[0-9a-f]{8}\.cache$/u);
    expect(codeCacheFileName('0123456789abcdef', 'check', { ...RUNTIME, flags: '--stack-size=2000' })).not.toBe(flagged);
  });
});

const TEMPLATE = '# [Project] Notes\n\n## Summary\n\n[Describe the project]\n';
const NOTES = '# Alpha Notes\n\n## Details\n\nAlpha sorts things.\n';

/** Runs the built CLI with `env` over the test's own environment (none of the caller's cache settings). */
function runCli(args: readonly string[], cwd: string, env: Record<string, string>): Promise<ProcessRun> {
  const base: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '' };
  delete base['NODE_COMPILE_CACHE'];
  delete base['NODE_DISABLE_COMPILE_CACHE'];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [builtCli(), ...args], { cwd, env: { ...base, ...env } }, (error, stdout, stderr) => {
      const code = error === null ? 0 : error.code;
      if (typeof code !== 'number') reject(error);
      else resolve({ code, stdout, stderr });
    });
  });
}

let workspace: string;
beforeAll(async () => {
  workspace = await makeTree({
    'repo/templates/notes.md': TEMPLATE,
    'repo/docs/alpha.md': NOTES,
    'repo/.guidelintrc.yaml': 'templates:\n  notes: templates/notes.md\ndocuments:\n  - files: "docs/**/*.md"\n    template: notes\n',
    'js/templates/notes.md': TEMPLATE,
    'js/docs/alpha.md': NOTES,
    'js/package.json': '{ "type": "module" }\n',
    'js/guidelint.config.js': 'export default { templates: { notes: "templates/notes.md" }, documents: [{ files: "docs/**/*.md", template: "notes" }] };\n',
  });
});
afterAll(() => removeTree(workspace));

const at = (path: string): string => join(workspace, path);
const cacheFiles = (folder: string): string[] => (existsSync(folder) ? readdirSync(folder) : []);

describe('code cache: the built CLI', () => {
  const check = (cache: Record<string, string>) => runCli(['docs/alpha.md', '--format', 'json'], at('repo'), cache);
  const codeCaches = (folder: string): string[] => cacheFiles(folder).filter((name) => name.endsWith('.cache'));
  const schemas = (folder: string): string[] => cacheFiles(folder).filter((name) => name.endsWith('.json'));

  it('writes one cache file a run compiled and the schema of its template, in a folder only the user can use, and runs the same from them', async () => {
    const cache = at('cache-a');
    const folder = join(cache, 'guidelint');
    const first = await check({ NODE_COMPILE_CACHE: cache });
    expect(first.code).toBe(1);
    const [file, ...others] = codeCaches(folder);
    expect(others).toEqual([]);
    expect(file).toMatch(/^[0-9a-f]{16}-check-v\d+\.\d+\.\d+-[a-z0-9]+\.cache$/u);
    expect(schemas(folder)).toEqual([expect.stringMatching(/^[0-9a-f]{16}-schema-[0-9a-f]{8}\.json$/u)]);
    if (process.platform !== 'win32') expect(statSync(folder).mode & 0o077).toBe(0);
    const written = cacheFiles(folder).map((name) => readFileSync(join(folder, name)));
    expect(await check({ NODE_COMPILE_CACHE: cache })).toEqual(first);
    expect(cacheFiles(folder).map((name) => readFileSync(join(folder, name)))).toEqual(written);
  });

  it('compiles a template edited since its schema was kept', async () => {
    const cache = { NODE_COMPILE_CACHE: at('cache-f') };
    const before = await check(cache);
    writeFileSync(at('repo/templates/notes.md'), `${TEMPLATE}\n## Risks\n\n[What could go wrong]\n`);
    try {
      const after = await check(cache);
      expect(after.stdout).toContain('Risks');
      expect(after.stdout).not.toBe(before.stdout);
      expect(await check({ ...cache, NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual(after);
    } finally {
      writeFileSync(at('repo/templates/notes.md'), TEMPLATE);
    }
  });

  it('runs the same from a cache file V8 rejects, and writes a good one in its place', async () => {
    const cache = at('cache-b');
    const expected = await check({ NODE_COMPILE_CACHE: cache });
    const folder = join(cache, 'guidelint');
    const [file] = codeCaches(folder);
    writeFileSync(join(folder, file!), 'not bytecode');
    expect(await check({ NODE_COMPILE_CACHE: cache })).toEqual(expected);
    expect(readFileSync(join(folder, file!), 'utf8')).not.toBe('not bytecode');
  });

  it('neither reads nor writes a folder others can write to', async () => {
    if (process.platform === 'win32') return;
    const cache = at('cache-c');
    const folder = join(cache, 'guidelint');
    mkdirSync(folder, { recursive: true });
    chmodSync(folder, 0o777);
    const run = await check({ NODE_COMPILE_CACHE: cache });
    expect(run.code).toBe(1);
    expect(cacheFiles(folder)).toEqual([]);
  });

  it('writes nothing with NODE_DISABLE_COMPILE_CACHE, nor for --version', async () => {
    const cache = at('cache-d');
    expect((await check({ NODE_COMPILE_CACHE: cache, NODE_DISABLE_COMPILE_CACHE: '1' })).code).toBe(1);
    expect((await runCli(['--version'], at('repo'), { NODE_COMPILE_CACHE: cache })).code).toBe(0);
    expect(existsSync(cache)).toBe(false);
  });

  it('imports a JavaScript config when it runs from cached bytecode', async () => {
    const cache = { NODE_COMPILE_CACHE: at('cache-e') };
    const first = await runCli(['docs/alpha.md', '--verbose'], at('js'), cache);
    expect(cacheFiles(join(at('cache-e'), 'guidelint')).filter((name) => name.endsWith('.cache'))).toHaveLength(1);
    const second = await runCli(['docs/alpha.md', '--verbose'], at('js'), cache);
    expect(second).toEqual(first);
    expect(second.stderr).toContain('config: guidelint.config.js');
    expect(second.code).toBe(1);
  });
});
