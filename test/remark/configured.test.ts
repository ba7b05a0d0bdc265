import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { RULE_IDS } from '../../src/lint/types.js';
import remarkGuidelint, { guidelintPreset } from '../../src/remark/preset.js';
import { addFiles, makeTree, removeTree } from '../files/tree.js';

const TEMPLATE = '# [Project] Notes\n\n**Status:** [Draft/Final]\n\n## Summary\n\n[Describe the project]\n\n## Details\n\n[Explain how it works]\n';
const CONFIG = 'templates:\n  notes: templates/notes.md\ndocuments:\n  - files: "docs/**/*.md"\n    template: notes\nrules:\n  placeholder: warn\n';

let workspace: string;
beforeAll(async () => {
  workspace = await makeTree({ '.guidelintrc.yaml': CONFIG, 'templates/notes.md': TEMPLATE });
});
afterAll(() => removeTree(workspace));

async function messagesOf(path: string, value: string) {
  const file = new VFile({ path, cwd: workspace, value });
  const processor = unified().use(remarkParse).use(remarkGuidelint, { cwd: workspace });
  await processor.run(processor.parse(file), file);
  return file.messages.map((message) => ({
    ruleId: message.ruleId ?? null,
    source: message.source,
    fatal: message.fatal,
    reason: message.reason,
    place: message.place,
    expected: message.expected,
    url: message.url,
  }));
}

describe('remark preset without a template: the config decides', () => {
  it('checks a file the config maps to a template, with the config\'s severities and quick-fix values', async () => {
    const messages = await messagesOf('docs/alpha.md', '# Alpha Notes\n\n**Status:** Urgent\n\n## Summary\n\n[Describe the project]\n');
    expect(messages).toEqual([
      {
        ruleId: 'field-value',
        source: 'guidelint',
        fatal: true,
        reason: 'Field "Status" (notes) must be one of "Draft", "Final", found "Urgent"',
        place: { start: { line: 3, column: 13, offset: 27 }, end: { line: 3, column: 19, offset: 33 } },
        expected: ['Draft', 'Final'],
        url: 'https://github.com/guidelint/guidelint/blob/main/docs/rules/field-value.md',
      },
      {
        ruleId: 'placeholder',
        source: 'guidelint',
        fatal: false,
        reason: 'Placeholder "[Describe the project]" left in from the template (notes)',
        place: { start: { line: 7, column: 1, offset: 47 }, end: { line: 7, column: 23, offset: 69 } },
        expected: undefined,
        url: 'https://github.com/guidelint/guidelint/blob/main/docs/rules/placeholder.md',
      },
      {
        ruleId: 'required-section',
        source: 'guidelint',
        fatal: true,
        reason: 'Missing required section "## Details" (notes), expected after "## Summary"',
        place: { start: { line: 8, column: 1, offset: 70 }, end: { line: 8, column: 1, offset: 70 } },
        expected: ['\n## Details\n\n[Explain how it works]\n'],
        url: 'https://github.com/guidelint/guidelint/blob/main/docs/rules/required-section.md',
      },
    ]);
  });

  it('leaves a file that follows no template alone', async () => {
    expect(await messagesOf('notes/other.md', '# Other\n')).toEqual([]);
  });

  it('sees a template changed on disk', async () => {
    const complete = '# Alpha Notes\n\n**Status:** Draft\n\n## Summary\n\nA.\n\n## Details\n\nD.\n';
    expect(await messagesOf('docs/alpha.md', complete)).toEqual([]);
    await addFiles(workspace, { 'templates/notes.md': `${TEMPLATE}\n## Risks\n\n[Risks]\n` });
    // A later modification time, whatever the file system's clock resolution.
    utimesSync(join(workspace, 'templates/notes.md'), new Date(), new Date(Date.now() + 10_000));
    expect((await messagesOf('docs/alpha.md', complete)).map((message) => message.reason)).toEqual([
      'Missing required section "## Risks" (notes), expected after "## Details"',
    ]);
  });
});

describe('the preset object', () => {
  it('is the list of the rule plugins, each with the severity and template given', async () => {
    await addFiles(workspace, { 'templates/brief.md': '# [Project] Brief\n\n**Status:** [Draft/Final]\n\n## Summary\n\n[Describe the project]\n\n## Details\n\n[Explain how it works]\n' });
    const preset = guidelintPreset(['warn', { template: 'templates/brief.md', cwd: workspace, rules: { 'field-value': 'off' } }]);
    expect(preset.plugins).toHaveLength(RULE_IDS.length);
    const file = new VFile({ path: 'notes/any.md', cwd: workspace, value: '# Alpha Brief\n\n**Status:** Urgent\n\n## Summary\n\n[Describe the project]\n' });
    const processor = unified().use(remarkParse).use(preset);
    await processor.run(processor.parse(file), file);
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.ruleId} ${message.reason}`)).toEqual([
      '7:1 warning placeholder Placeholder "[Describe the project]" left in from the template (brief)',
      '8:1 warning required-section Missing required section "## Details" (brief), expected after "## Summary"',
    ]);
  });
});
