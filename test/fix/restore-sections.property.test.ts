/**
 * Property: delete any sections from a conforming document (fixtures/<template>/valid), and `--fix`
 * brings back a document with no `required-section` or `section-order` finding; a second `--fix`
 * changes nothing.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { lintOutline } from '../../src/engine/lint-outline.js';
import { fixSource } from '../../src/fix/fix-source.js';
import { buildOutline } from '../../src/outline/index.js';
import type { Section } from '../../src/outline/types.js';
import { compileTemplate } from '../../src/template/compile.js';
import type { GuideSchema } from '../../src/template/schema.js';

interface Conforming {
  name: string;
  schema: GuideSchema;
  lines: string[];
  /** Per deletable section (every heading below the title): its first and last line, 1-based. */
  sections: Array<[number, number]>;
}

const fixtures = new URL('../../fixtures/', import.meta.url);

function conformingDocuments(): Conforming[] {
  const documents: Conforming[] = [];
  for (const name of readdirSync(fixtures).sort()) {
    const template = new URL(`../../templates/${name}.md`, import.meta.url);
    const valid = new URL(`${name}/valid/`, fixtures);
    if (!existsSync(template) || !existsSync(valid)) continue;
    const schema = compileTemplate(readFileSync(template, 'utf8'), { name });
    for (const file of readdirSync(valid).filter((entry) => entry.endsWith('.md')).sort()) {
      const source = readFileSync(new URL(file, valid), 'utf8');
      documents.push({ name: `${name}/${file}`, schema, lines: source.split('\n'), sections: sectionLines(source) });
    }
  }
  return documents;
}

/** Each section from its heading to the line before the next heading outside it (or the end). */
function sectionLines(source: string): Array<[number, number]> {
  const outline = buildOutline(source);
  const flat: Section[] = [];
  const visit = (section: Section): void => {
    for (const child of section.children) {
      flat.push(child);
      visit(child);
    }
  };
  visit(outline.root);
  return flat
    .filter((section) => section.level >= 2 && section.heading)
    .map((section) => {
      const next = flat.find((other) => other.heading && other.span.start.offset >= section.span.end.offset);
      return [section.heading!.span.start.line, next ? next.heading!.span.start.line - 1 : outline.lines.length];
    });
}

describe('--fix restores deleted sections', () => {
  const documents = conformingDocuments();
  const cases = fc
    .constantFrom(...documents)
    .chain((document) => fc.tuple(fc.constant(document), fc.subarray(document.sections.map((_, index) => index), { minLength: 1 })));

  it('leaves no required-section or section-order finding, and a second --fix is a no-op', () => {
    expect(documents.length).toBeGreaterThanOrEqual(5);
    fc.assert(
      fc.property(cases, ([document, deleted]) => {
        const gone = new Set<number>();
        for (const index of deleted) {
          const [first, last] = document.sections[index]!;
          for (let line = first; line <= last; line += 1) gone.add(line);
        }
        const source = document.lines.filter((_, index) => !gone.has(index + 1)).join('\n');
        const lint = (text: string) => lintOutline(buildOutline(text), document.schema);
        const fixed = fixSource(source, lint);
        const left = fixed.messages.filter((finding) => finding.ruleId === 'required-section' || finding.ruleId === 'section-order');
        expect([document.name, left.map((finding) => finding.message)]).toEqual([document.name, []]);
        expect(fixSource(fixed.output, lint).output).toBe(fixed.output);
      }),
      { numRuns: 60 },
    );
  });
});
