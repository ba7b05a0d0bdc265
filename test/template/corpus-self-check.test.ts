/**
 * Each corpus template, checked against itself, gives no structural finding: only `placeholder`
 * (issue 12: a template misread shows first on the template itself). Reads `../shared/corpora`:
 * skipped when it is absent, run in CI where it is present.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from '@jest/globals';
import { lintOutline } from '../../src/engine/lint-outline.js';
import { buildOutline } from '../../src/outline/index.js';
import { compileTemplate } from '../../src/template/compile.js';
import { describeIfCorpora, hasCorpora } from './template-files.js';

const corpora = new URL('../../../shared/corpora/', import.meta.url);
const names = hasCorpora
  ? readdirSync(corpora, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  : [];

describeIfCorpora('corpus templates checked against themselves', () => {
  it.each(names)('%s gives only placeholder findings', (name) => {
    const source = readFileSync(new URL(`${name}/template.md`, corpora), 'utf8');
    const findings = lintOutline(buildOutline(source), compileTemplate(source, { name }));
    expect(findings.filter((finding) => finding.ruleId !== 'placeholder').map((finding) => `${finding.line} ${finding.message}`)).toEqual([]);
  });
});
