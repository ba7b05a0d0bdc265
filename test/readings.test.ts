/**
 * Template readings (DESIGN §2b): each `fixtures/readings/<case>/` holds a `template.md` written as
 * real teams write theirs, documents under `valid/` that must lint clean, and documents under
 * `invalid/` that give exactly the findings of their sibling `.findings` file
 * (`<line>:<column> <rule-id> <message>`, one per line), with both front-ends. A case's README.md
 * says which reading it pins and where it comes from. The template itself, linted as a document,
 * gives no structural finding (only `placeholder`).
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { lintOutline } from '../src/engine/lint-outline.js';
import { buildOutline, type Parser } from '../src/outline/index.js';
import { compileTemplate } from '../src/template/compile.js';
import type { GuideSchema } from '../src/template/schema.js';

const readings = new URL('../fixtures/readings/', import.meta.url);
const parsers: Parser[] = ['remark', 'markdown-it'];

function markdownFiles(folder: URL): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.md')).sort() : [];
}

function lint(source: string, schema: GuideSchema, parser: Parser): string[] {
  return lintOutline(buildOutline(source, parser), schema).map(
    (finding) => `${finding.line}:${finding.column} ${finding.ruleId} ${finding.message}`,
  );
}

const cases = readdirSync(readings, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe.each(cases)('fixtures/readings/%s', (name) => {
  const folder = new URL(`${name}/`, readings);
  const templateSource = readFileSync(new URL('template.md', folder), 'utf8');
  const schema = compileTemplate(templateSource, { name });
  const valid = new URL('valid/', folder);
  const invalid = new URL('invalid/', folder);

  describe.each(parsers)('with %s', (parser) => {
    it('the template itself gives no structural finding', () => {
      expect(lint(templateSource, schema, parser).filter((line) => !/^\d+:\d+ placeholder /u.test(line))).toEqual([]);
    });

    it.each(markdownFiles(valid))('valid/%s has no finding', (file) => {
      expect(lint(readFileSync(new URL(file, valid), 'utf8'), schema, parser)).toEqual([]);
    });

    it.each(markdownFiles(invalid))('invalid/%s gives its .findings', (file) => {
      const expected = readFileSync(new URL(file.replace(/\.md$/u, '.findings'), invalid), 'utf8').trimEnd().split('\n');
      expect(lint(readFileSync(new URL(file, invalid), 'utf8'), schema, parser)).toEqual(expected);
    });
  });
});
