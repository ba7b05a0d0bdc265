/**
 * The README shows `compile --format text` on the TensorFlow RFC template; this keeps it the real
 * output. Reads `../shared/corpora`: skipped when it is absent, run in CI where it is present.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from '@jest/globals';
import { compileTemplate } from '../../src/template/compile.js';
import { printSchema } from '../../src/template/print.js';
import { describeIfCorpora } from './template-files.js';

describeIfCorpora('the README', () => {
  it('shows what compile --format text prints for the TensorFlow RFC template', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const shown = /On the TensorFlow RFC template[^\n]*\n[^\n]*\n\n```text\n([\s\S]*?)```/u.exec(readme)?.[1];
    const source = readFileSync(new URL('../../../shared/corpora/tensorflow-rfcs/template.md', import.meta.url), 'utf8');
    expect(shown).toBe(printSchema(compileTemplate(source, { name: 'template' }), 'text'));
  });
});
