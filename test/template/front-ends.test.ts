/**
 * The CLI compiles templates through the markdown-it Outline, the remark preset through the remark
 * one: both must give the same schema for every template we have.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { outlineFromMarkdownIt } from '../../src/outline/from-markdown-it.js';
import { outlineFromRemark } from '../../src/outline/from-remark.js';
import { compileTemplate } from '../../src/template/compile.js';
import { hasCorpora, readBuiltinTemplate, readCorpusTemplate } from './template-files.js';

const BUILTINS = readdirSync(new URL('../../templates/', import.meta.url)).map((file) => file.replace(/\.md$/, ''));
const CORPORA = ['madr', 'rust-rfcs', 'k8s-keps'] as const;

function expectSameSchema(source: string, name: string): void {
  const fast = compileTemplate(source, { name, frontEnd: outlineFromMarkdownIt });
  const reference = compileTemplate(source, { name, frontEnd: outlineFromRemark });
  expect(fast).toEqual(reference);
}

describe('templates compile to the same schema with either front-end', () => {
  it.each(BUILTINS)('built-in %s', (name) => {
    expectSameSchema(readBuiltinTemplate(name), name);
  });

  it('the fixture repository’s own template', () => {
    expectSameSchema(readFileSync(new URL('../../fixtures/repo/docs/templates/adr.md', import.meta.url), 'utf8'), 'adr');
  });

  // Reads ../shared/corpora, which a user's clone does not have; CI has it.
  (hasCorpora ? it.each(CORPORA) : it.skip.each(CORPORA))('corpus template %s', (corpus) => {
    expectSameSchema(readCorpusTemplate(corpus), corpus);
  });
});
