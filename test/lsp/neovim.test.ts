/**
 * The README's set-up for Neovim 0.7 to 0.9, in a real Neovim (Debian's is 0.7.2): it starts the
 * built server for a Markdown buffer, whose diagnostics are the findings `guidelint check` gives
 * the same file, under a nested config. Skipped when `nvim` is not installed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LintResult } from '../../src/engine/results.js';
import { builtCli, runNode } from '../built-cli.js';
import { makeTree, removeTree } from '../files/tree.js';
import { editorSnippets } from './readme-snippets.js';

const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const neovim = version.status === 0 ? version.stdout.split('\n')[0]! : null;
if (neovim === null) process.stderr.write('test/lsp/neovim.test.ts skipped: nvim is not installed\n');
const withNeovim = neovim === null ? it.skip : it;

/** After the README's snippet: once the buffer has diagnostics, write them to $GUIDELINT_OUT and quit. */
const REPORT_AND_QUIT = `
vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    vim.wait(30000, function() return #vim.diagnostic.get(0) > 0 end, 20)
    local lines = {}
    for _, d in ipairs(vim.diagnostic.get(0)) do
      table.insert(lines, string.format('%d:%d %d %s %s', d.lnum + 1, d.col + 1, d.severity == 1 and 2 or 1, d.code, d.message))
    end
    vim.fn.writefile(lines, os.getenv('GUIDELINT_OUT'))
    vim.cmd('qa!')
  end,
})
`;

let build: string;
let bin: string;
let root: string;

beforeAll(async () => {
  if (neovim === null) return;
  build = mkdtempSync(join(tmpdir(), 'guidelint-nvim-'));
  bin = builtCli();
  root = await makeTree({
    '.guidelintrc.yaml': 'templates:\n  notes: templates/notes.md\ndocuments:\n  - { files: "docs/**/*.md", template: notes }\n',
    'templates/notes.md': '# [Project] Notes\n\n**Status:** [Draft/Final]\n\n## Summary\n\n[Describe the project]\n\n## Details\n\n[Explain how it works]\n',
    'docs/team/.guidelintrc.yaml': 'rules: { field-value: warn }\n',
    'docs/team/beta.md': '# Beta Notes\n\n**Status:** Soon\n\n## Summary\n\n[Describe the project]\n',
  });
  mkdirSync(join(root, '.git'));
}, 60_000);

afterAll(async () => {
  if (neovim === null) return;
  await removeTree(root);
  rmSync(build, { recursive: true, force: true });
});

describe(`Neovim 0.7 to 0.9 (${neovim ?? 'not installed'})`, () => {
  withNeovim(
    'the README\'s set-up shows the findings guidelint check gives the file',
    async () => {
      const snippet = editorSnippets('lua').find((text) => text.includes('vim.lsp.start_client'))!;
      const command = `cmd = { ${JSON.stringify(process.execPath)}, ${JSON.stringify(bin)}, 'lsp', '--stdio' }`;
      const init = join(build, 'init.lua');
      writeFileSync(init, snippet.replace("cmd = { 'npx', 'guidelint', 'lsp', '--stdio' }", command) + REPORT_AND_QUIT);
      const out = join(build, 'diagnostics.txt');
      const editor = spawnSync('nvim', ['--headless', '-u', init, 'beta.md'], {
        cwd: join(root, 'docs/team'),
        env: { ...process.env, GUIDELINT_OUT: out, NODE_OPTIONS: '' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(editor.status).toBe(0);
      const check = await runNode(bin, ['-f', 'json', 'docs/team/beta.md'], root);
      const [result] = JSON.parse(check.stdout) as LintResult[];
      const findings = result!.messages.map((message) => `${message.line}:${message.column} ${message.severity} ${message.ruleId} ${message.message}`);
      expect(findings).toEqual([
        '3:13 1 field-value Field "Status" (notes) must be one of "Draft", "Final", found "Soon"',
        '7:1 2 placeholder Placeholder "[Describe the project]" left in from the template (notes)',
        '8:1 2 required-section Missing required section "## Details" (notes), expected after "## Summary"',
      ]);
      expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toEqual(findings);
    },
    90_000,
  );
});
