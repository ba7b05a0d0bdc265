/** The README's editor set-ups, read as users copy them: each starts `guidelint lsp --stdio`. */
import { describe, expect, it } from '@jest/globals';
import { parse as parseToml } from 'smol-toml';
import { parseArguments } from '../../src/cli/args.js';
import { editorSnippets } from './readme-snippets.js';

/** `npx guidelint …`: what guidelint makes of the arguments after its name. */
async function npxCommand(command: string, args: readonly string[]) {
  expect([command, args[0]]).toEqual(['npx', 'guidelint']);
  return parseArguments(args.slice(1), '0.0.0');
}

describe('README, Editors', () => {
  it('VS Code: the generic client\'s settings start the server for Markdown', async () => {
    const [settings] = editorSnippets('json').map((text) => JSON.parse(text) as Record<string, unknown>);
    expect(settings!['glspc.server.languageId']).toEqual(['markdown']);
    const command = await npxCommand(settings!['glspc.server.command'] as string, settings!['glspc.server.commandArguments'] as string[]);
    expect(command).toEqual({ name: 'lsp' });
  });

  it('Neovim: the three set-ups (0.10, 0.11, 0.7 to 0.9) run the server for Markdown', async () => {
    const snippets = editorSnippets('lua');
    expect(snippets).toHaveLength(3);
    for (const snippet of snippets) {
      const cmd = /cmd = \{ ([^}]*) \}/u.exec(snippet)![1]!.split(', ').map((word) => word.replace(/^'|'$/gu, ''));
      expect(await npxCommand(cmd[0]!, cmd.slice(1))).toEqual({ name: 'lsp' });
      expect(snippet).toMatch(/markdown/u);
    }
  });

  it('Helix: languages.toml parses and adds the server to Markdown\'s', async () => {
    const [snippet] = editorSnippets('toml');
    const config = parseToml(snippet!) as {
      'language-server': Record<string, { command: string; args: string[] }>;
      language: Array<{ name: string; 'language-servers': string[] }>;
    };
    const server = config['language-server']['guidelint']!;
    expect(await npxCommand(server.command, server.args)).toEqual({ name: 'lsp' });
    expect(config.language).toEqual([{ name: 'markdown', 'language-servers': ['marksman', 'guidelint'] }]);
  });

  it('remark: one .remarkrc.mjs that imports the preset by its package path', () => {
    const [rc] = editorSnippets('js');
    expect(rc).toContain("from 'guidelint/remark-preset'");
  });
});
