/**
 * The fixtures: for each built-in template, every `fixtures/<template>/valid/*.md` lints clean and
 * every `fixtures/<template>/invalid/*.md` gives exactly the findings of its sibling `.findings`
 * file (`<line>:<column> <rule-id> <message>`, one per line). Findings are a function of the
 * Outline alone, and outline/equality.test.ts proves that both front-ends give the same Outline for
 * every fixture, so the fixtures are linted once, from markdown-it's (remark reads these 1.3 MB
 * ten times slower, and this suite would spend most of its time there).
 * `unknown-section*.md`, `unknown-field*.md` and `field-order*.md` run with that rule (off by default) turned on.
 */

import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { lintOutline } from '../src/engine/lint-outline.js';
import type { LintOptions } from '../src/engine/lint-outline.js';
import { outlineFromMarkdownIt } from '../src/outline/from-markdown-it.js';
import { compileTemplate } from '../src/template/compile.js';

const fixtures = new URL('../fixtures/', import.meta.url);
const templates = new URL('../templates/', import.meta.url);
const OFF_BY_DEFAULT = ['unknown-section', 'unknown-field', 'field-order'] as const;

function markdownFiles(folder: URL): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.md')).sort() : [];
}

function lint(file: URL, template: ReturnType<typeof compileTemplate>, options: LintOptions): string[] {
  return lintOutline(outlineFromMarkdownIt(readFileSync(file, 'utf8')), template, options).map(
    (finding) => `${finding.line}:${finding.column} ${finding.ruleId} ${finding.message}`,
  );
}

/** The fixture folders named after a built-in template (others, such as a sample repository, are not ours). */
const templateNames = readdirSync(fixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}.md`, templates)))
  .map((entry) => entry.name)
  .sort();

describe.each(templateNames)('fixtures/%s', (name) => {
  const schema = compileTemplate(readFileSync(new URL(`${name}.md`, templates), 'utf8'), { name });
  const valid = new URL(`${name}/valid/`, fixtures);
  const invalid = new URL(`${name}/invalid/`, fixtures);

  it.each(markdownFiles(valid))('valid/%s has no finding', (file) => {
    expect(lint(new URL(file, valid), schema, {})).toEqual([]);
  });

  it.each(markdownFiles(invalid))('invalid/%s gives its .findings', (file) => {
    const expected = readFileSync(new URL(file.replace(/\.md$/u, '.findings'), invalid), 'utf8').trimEnd().split('\n');
    const offByDefault = OFF_BY_DEFAULT.find((id) => file.startsWith(id));
    const options: LintOptions = offByDefault ? { rules: { [offByDefault]: 'error' } } : {};
    expect(lint(new URL(file, invalid), schema, options)).toEqual(expected);
  });
});
