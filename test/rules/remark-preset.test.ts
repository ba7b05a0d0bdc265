import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { lintOutline } from '../../src/engine/lint-outline.js';
import { outlineFromRemark } from '../../src/outline/from-remark.js';
import remarkGuidelint, { guidelintPreset } from '../../src/remark/preset.js';
import { compileTemplate } from '../../src/template/compile.js';

const fixture = new URL('../../fixtures/design-doc/invalid/required-section.md', import.meta.url);
const templateFile = new URL('../../templates/design-doc.md', import.meta.url);

/** Parses and runs the plugins, as remark-cli does before it would stringify. */
async function lint(source: string, plugins: PluggableList): Promise<VFile> {
  const processor = unified().use(remarkParse).use(plugins);
  const file = new VFile({ path: 'doc.md', value: source });
  await processor.run(processor.parse(file), file);
  return file;
}

async function messagesOf(source: string, plugins: PluggableList) {
  const file = await lint(source, plugins);
  return file.messages.map((message) => ({
    ruleId: message.ruleId ?? null,
    source: message.source,
    fatal: message.fatal,
    message: message.reason,
    line: message.place && 'start' in message.place ? message.place.start.line : null,
    column: message.place && 'start' in message.place ? message.place.start.column : null,
  }));
}

describe('remark preset', () => {
  it('reports what lintOutline reports, as remark-lint messages of source guidelint', async () => {
    const source = readFileSync(fixture, 'utf8');
    const schema = compileTemplate(readFileSync(templateFile, 'utf8'), { name: 'design-doc' });
    const expected = lintOutline(outlineFromRemark(source), schema).map((finding) => ({
      ruleId: finding.ruleId,
      source: 'guidelint',
      fatal: finding.severity === 2,
      message: finding.message,
      line: finding.line,
      column: finding.column,
    }));
    expect(expected).toHaveLength(1);
    expect(await messagesOf(source, [[remarkGuidelint, { template: 'design-doc' }]])).toEqual(expected);
    expect(await messagesOf(source, [guidelintPreset({ schema })])).toEqual(expected);
  });

  it('takes a template path and rule severities', async () => {
    const source = '# Widget\n\n## Problem Statement\n\nText.\n\n## Notes\n\nN.\n';
    const messages = await messagesOf(source, [
      [
        remarkGuidelint,
        {
          template: 'templates/design-doc.md',
          cwd: new URL('../../', import.meta.url).pathname,
          rules: { 'required-section': 'off', 'required-field': 'off', 'required-label': 'off', 'unknown-section': 'warn' },
        },
      ],
    ]);
    expect(messages).toEqual([
      {
        ruleId: 'unknown-section',
        source: 'guidelint',
        fatal: false,
        message: 'Unknown section "## Notes": the template (design-doc) has no such section',
        line: 7,
        column: 1,
      },
    ]);
  });

  it('reports what the template closes while unknown-section and unknown-field are off by default', async () => {
    const template = '# [Name]\n\n**Status:** [Draft/Final]\n<!-- guidelint: closed -->\n\n## Problem\n<!-- guidelint: closed -->\n\n[Why]\n';
    const schema = compileTemplate(template, { name: 'example' });
    const source = '# W\n\n**Status:** Draft\n**Mood:** Upbeat\n\n## Problem\n\nP.\n\n### Aside\n\nA.\n\n## Notes\n\nN.\n';
    const expected = lintOutline(outlineFromRemark(source), schema).map((finding) => [finding.ruleId, finding.severity === 2, finding.line, finding.message]);
    expect(expected).toEqual([
      ['unknown-field', true, 4, 'Unknown field "Mood": the template (example) has no such field'],
      ['unknown-section', true, 10, 'Unknown section "### Aside" under "## Problem": the template (example) has no such section'],
    ]);
    const messages = await messagesOf(source, [guidelintPreset({ schema })]);
    // remark-lint adds messages rule by rule; reporters sort them by place.
    const byLine = [...messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    expect(byLine.map((message) => [message.ruleId, message.fatal, message.line, message.message])).toEqual(expected);
    const off = await messagesOf(source, [guidelintPreset({ schema, rules: { 'unknown-field': 'off', 'unknown-section': 'off' } })]);
    expect(off).toEqual([]);
  });

  it('offers a suggestion that replaces the reported text as expected values', async () => {
    const source = '# W\n\n**Priority:** Urgent\n';
    const template = '# [Name]\n\n**Priority:** [High/Low]\n';
    const file = await lint(source, [[remarkGuidelint, { schema: compileTemplate(template, { name: 'example' }) }]]);
    expect(file.messages.map((message) => [message.ruleId, message.actual, message.expected])).toEqual([
      ['field-value', 'Urgent', ['High', 'Low']],
    ]);
  });

  it('reads a file given as bytes, as remark-cli gives it', async () => {
    const source = readFileSync(fixture);
    const file = new VFile({ path: 'doc.md', value: source });
    const processor = unified().use(remarkParse).use(remarkGuidelint, { template: 'design-doc' });
    await processor.run(processor.parse(file), file);
    expect(file.messages.map((message) => message.ruleId)).toEqual(['required-section']);
  });

  it('gives a document with broken frontmatter one fatal message', async () => {
    const messages = await messagesOf('---\ntitle: [oops\n---\n# W\n', [[remarkGuidelint, { template: 'design-doc' }]]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: null, source: 'guidelint', fatal: true, line: 1, column: 1 });
  });
});
