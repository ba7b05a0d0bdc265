/**
 * `--stdin`: an editor or a script pipes a document in; `--stdin-filename` says where it lives, which
 * picks its template from the config as the file's own path would.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli.js';

const repo = fileURLToPath(new URL('../../fixtures/repo/', import.meta.url));
const adr6 = readFileSync(new URL('docs/adr/0006-opentelemetry-tracing.md', `file://${repo}`), 'utf8');
const stdin = (args: string[], text: string) => runCli(['--stdin', ...args], { cwd: repo, stdin: text });

describe('--stdin', () => {
  it('lints standard input as the file --stdin-filename names, with the template the config gives that path', async () => {
    const run = await stdin(['--stdin-filename', 'docs/adr/0099-new.md', '--format', 'json'], adr6);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const [result] = JSON.parse(run.stdout) as { filePath: string; template: string; messages: { ruleId: string; line: number; message: string }[] }[];
    expect(result!.filePath).toBe(`${repo}docs/adr/0099-new.md`);
    expect(result!.template).toBe('adr');
    expect(result!.messages.map(({ ruleId, line, message }) => [ruleId, line, message])).toEqual([
      ['required-field', 5, 'Missing required field "Deciders" (adr)'],
    ]);
  });

  it('reads nothing from disk at that name: the text piped in is what is checked', async () => {
    const fixed = adr6.replace('**Date:**', '**Deciders:** Platform team\n**Date:**');
    const run = await stdin(['--stdin-filename', 'docs/adr/0006-opentelemetry-tracing.md'], fixed);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('without a file name, follows --template and is shown as <stdin>', async () => {
    const run = await stdin(['--template', 'docs/templates/adr.md'], adr6);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('<stdin>\n  5:1  error  Missing required field "Deciders" (adr)');
  });

  it('with --fix-dry-run, prints the fix as a diff of <stdin>', async () => {
    const run = await stdin(['--template', 'docs/templates/adr.md', '--fix-dry-run'], adr6);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual(['--- a/<stdin>', '+++ b/<stdin>']);
    expect(run.stderr).toBe('guidelint: --fix-dry-run: would fix 1 problem in 1 file; 1 error and 0 warnings would remain\n');
  });

  it('gives bytes that are not UTF-8 one fatal message, as a file would', async () => {
    const bytes = Uint8Array.from([...Buffer.from('# Title\n\nCaf'), 0xe9, 0x0a]);
    const run = await runCli(['--stdin', '--template', 'design-doc'], { cwd: repo, stdin: bytes });
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').slice(1, 3)).toEqual(['<stdin>', expect.stringMatching(/^  3:4  error  .*UTF-8/)]);
  });
});
