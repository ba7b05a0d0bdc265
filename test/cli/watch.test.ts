/**
 * `check --watch` as users run it: the built CLI in a child process, files written from the test
 * (as editors save them: a temporary file renamed over the document), and the test waiting for
 * what the watch prints, never for a time. Ctrl-C (SIGINT) ends it with exit code 0.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtCli } from '../built-cli.js';
import { makeTree, removeTree } from '../files/tree.js';

const TEMPLATE = '# [Name]\n\n## Summary\n\n[What it is]\n\n## Details\n\n[How it works]\n';
const CONFIG = 'templates:\n  note: templates/note.md\ndocuments:\n  - files: "docs/**/*.md"\n    template: note\n';
const CLEAN = '# Alpha\n\n## Summary\n\nSorts.\n\n## Details\n\nQuickly.\n';
const NO_DETAILS = '# Beta\n\n## Summary\n\nCounts.\n';

/** Building the CLI, then a watch that sees five changes on a loaded machine. */
const TIMEOUT = 90_000;

interface Watch {
  child: ChildProcess;
  /** Resolves once standard output, or standard error, holds `text` after what earlier waits consumed. */
  stdout(text: string): Promise<string>;
  stderr(text: string): Promise<string>;
  exit: Promise<number | null>;
}

/** A stream's text, read in order: each wait resolves with the text up to its match and consumes it. */
function reader(stream: NodeJS.ReadableStream): (text: string) => Promise<string> {
  let buffer = '';
  const waiting: { text: string; resolve: (seen: string) => void }[] = [];
  const settle = (): void => {
    while (waiting.length > 0) {
      const at = buffer.indexOf(waiting[0]!.text);
      if (at === -1) return;
      const { text, resolve } = waiting.shift()!;
      const seen = buffer.slice(0, at + text.length);
      buffer = buffer.slice(at + text.length);
      resolve(seen);
    }
  };
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffer += chunk;
    settle();
  });
  return (text) =>
    new Promise((resolve) => {
      waiting.push({ text, resolve });
      settle();
    });
}

describe('check --watch', () => {
  const bin = builtCli();
  let root: string;

  beforeAll(async () => {
    root = await makeTree({ 'templates/note.md': TEMPLATE, '.guidelintrc.yaml': CONFIG, 'docs/a.md': CLEAN, 'docs/b.md': NO_DETAILS });
  }, TIMEOUT);

  afterAll(async () => {
    await removeTree(root);
  });

  function startWatch(...args: string[]): Watch {
    const child = spawn(process.execPath, [bin, 'check', '--watch', ...args], { cwd: root, env: { ...process.env, NODE_OPTIONS: '' } });
    return {
      child,
      stdout: reader(child.stdout!),
      stderr: reader(child.stderr!),
      exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
    };
  }

  /** Saves as editors do: the new text in a temporary file, renamed over the document. */
  function save(path: string, text: string): void {
    const temporary = join(root, `.${path.replace(/\//gu, '-')}.tmp`);
    writeFileSync(temporary, text);
    renameSync(temporary, join(root, path));
  }

  it('checks again what changed: a document, a new one, its template, the config; Ctrl-C exits with 0', async () => {
    const watch = startWatch();
    try {
      expect(await watch.stderr('watching for changes (Ctrl-C to stop)\n')).toBe('guidelint: watching for changes (Ctrl-C to stop)\n');
      expect(await watch.stdout('potentially fixable with the `--fix` option.\n')).toBe(
        [
          '',
          'docs/b.md',
          '  6:1  error  Missing required section "## Details" (note), expected after "## Summary"  required-section',
          '',
          '✖ 1 problem (1 error, 0 warnings)',
          '  1 error and 0 warnings potentially fixable with the `--fix` option.',
          '',
        ].join('\n'),
      );

      save('docs/a.md', '# Alpha\n\n## Details\n\nQuickly.\n');
      expect(await watch.stderr('\n')).toBe('guidelint: checked docs/a.md: 1 error, 0 warnings\n');
      expect(await watch.stdout('option.\n')).toContain('docs/a.md\n  3:1  error  Missing required section "## Summary" (note), expected before "## Details"');

      save('docs/c.md', CLEAN);
      expect(await watch.stderr('\n')).toBe('guidelint: checked docs/c.md: 0 errors, 0 warnings\n');

      save('templates/note.md', '# [Name]\n\n## Details\n\n[How it works]\n');
      expect(await watch.stderr('\n')).toBe('guidelint: checked docs/a.md, docs/b.md, docs/c.md: 1 error, 0 warnings\n');

      save('.guidelintrc.yaml', `${CONFIG}rules:\n  required-section: warn\n`);
      expect(await watch.stderr('\n')).toBe('guidelint: checked docs/a.md, docs/b.md, docs/c.md: 0 errors, 1 warning\n');

      watch.child.kill('SIGINT');
      expect(await watch.exit).toBe(0);
    } finally {
      watch.child.kill('SIGKILL');
    }
  }, TIMEOUT);
});
