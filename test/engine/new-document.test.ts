import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/engine/errors.js';
import { newDocument } from '../../src/engine/new-document.js';
import { compileTemplate } from '../../src/template/compile.js';

const TEMPLATE = '# ADR-NNNN: [Decision Title]\n\n**Status:** Proposed | Accepted\n\n## Context\n\n[Why]\n';
const schema = (text: string) => compileTemplate(text, { name: 'adr' });

describe('newDocument', () => {
  it("fills the title's first bracketed placeholder and names the template in a new frontmatter", () => {
    expect(newDocument(TEMPLATE, schema(TEMPLATE), { title: 'Use Postgres', frontmatterTemplate: 'adr' })).toBe(
      '---\ntemplate: adr\n---\n\n# ADR-NNNN: Use Postgres\n\n**Status:** Proposed | Accepted\n\n## Context\n\n[Why]\n',
    );
  });

  it('fills an id when the title has no bracketed placeholder, and keeps the text as it is otherwise', () => {
    const task = '# Implementation Guide: CHRONO-003\n\n## Steps\n\n[Do it]\n';
    expect(newDocument(task, schema(task), { title: 'PAY-014', frontmatterTemplate: null })).toBe(
      '# Implementation Guide: PAY-014\n\n## Steps\n\n[Do it]\n',
    );
    expect(newDocument(task, schema(task), { frontmatterTemplate: null })).toBe(task);
  });

  it("adds the template key to the template's own frontmatter, quoting what YAML would misread", () => {
    const withFrontmatter = '---\nstatus: "{proposed | accepted}"\n---\n# {short title}\n\n## Context\n';
    expect(newDocument(withFrontmatter, schema(withFrontmatter), { frontmatterTemplate: '../my templates/adr.md' })).toBe(
      '---\ntemplate: "../my templates/adr.md"\nstatus: "{proposed | accepted}"\n---\n# {short title}\n\n## Context\n',
    );
  });

  it('replaces a sample title whole', () => {
    const sample = '# Feature name\n\n## Steps\n';
    expect(newDocument(sample, schema(sample), { title: 'Faster builds', frontmatterTemplate: null })).toBe(
      '# Faster builds\n\n## Steps\n',
    );
  });

  it('refuses a title for a template that has no title: its H1s are sections, or it has none', () => {
    const sections = '# Runbook\n\n# Steps\n';
    expect(() => newDocument(sections, schema(sections), { title: 'X', frontmatterTemplate: null })).toThrow(
      new UserError('--title: template "adr" has no title (H1) to fill in'),
    );
    const untitled = '## Steps\n\n[Do it]\n';
    expect(() => newDocument(untitled, schema(untitled), { title: 'X', frontmatterTemplate: null })).toThrow(
      new UserError('--title: template "adr" has no title (H1) to fill in'),
    );
  });
});
