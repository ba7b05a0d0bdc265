/** The README's worked example (fixtures/config/xip): its config, template and output are the real ones. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const folder = fileURLToPath(new URL('../../fixtures/config/xip/', import.meta.url));

/** The fenced blocks of the section, by info string. */
function section(): Record<string, string> {
  const start = README.indexOf('\n## Metadata fields: a worked example\n');
  const text = README.slice(start, README.indexOf('\n## ', start + 1));
  return Object.fromEntries([...text.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gmu)].map((match) => [match[1]!, match[2]!]));
}

describe("the README's worked example", () => {
  it('shows the fixture’s config and template frontmatter', () => {
    const blocks = section();
    expect(blocks['yaml']).toBe(readFileSync(`${folder}.guidelintrc.yaml`, 'utf8'));
    expect(readFileSync(`${folder}xip-template.md`, 'utf8').startsWith(blocks['markdown']!)).toBe(true);
  });

  it('shows what guidelint really prints there', async () => {
    const run = await runCli([], { cwd: folder });
    expect(`${run.stdout.trim()}\n`).toBe(section()['text']);
    expect(run.code).toBe(1);
  });
});
