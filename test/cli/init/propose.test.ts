import { describe, expect, it } from '@jest/globals';
import { looksLikeTemplate, proposeDocuments, templateNames, type ScannedFile } from '../../../src/cli/init/propose.js';

describe('looksLikeTemplate', () => {
  it('takes files under a templates folder or named like a template, whatever they hold', () => {
    expect(looksLikeTemplate('docs/templates/adr.md', 0, 40)).toBe(true);
    expect(looksLikeTemplate('_templates/x.md', 0, 40)).toBe(true);
    expect(looksLikeTemplate('template.md', 0, 70)).toBe(true);
    expect(looksLikeTemplate('rfcs/0000-template.md', 0, 70)).toBe(true);
    expect(looksLikeTemplate('docs/adr-template.markdown', 0, 70)).toBe(true);
    expect(looksLikeTemplate('keps/cluster-resource-claim-template.md', 6, 900)).toBe(false);
  });

  it('takes a file with five distinct placeholders or more, at least one per 15 lines', () => {
    expect(looksLikeTemplate('docs/guide.md', 5, 75)).toBe(true);
    expect(looksLikeTemplate('docs/guide.md', 5, 76)).toBe(false);
    expect(looksLikeTemplate('docs/guide.md', 4, 10)).toBe(false);
  });
});

describe('templateNames', () => {
  it('names a template by its file, without a leading number or a template suffix, uniquely', () => {
    expect(
      templateNames([
        'docs/templates/adr.md',
        'rfcs/0000-template.md',
        'keps/NNNN-kep-template/README.md',
        'docs/templates/ADR.md',
        'templates/template.md',
        'Design Doc Template.md',
      ]),
    ).toEqual(['adr', 'rfcs', 'kep', 'adr-2', 'template', 'design-doc']);
  });
});

const doc = (path: string, detected: string | null, declared = false): ScannedFile => ({ path, detected, declared });

describe('proposeDocuments', () => {
  it('maps the outermost folder whose documents all match one template, never the top folder', () => {
    const files = [
      doc('README.md', null),
      doc('docs/design/a.md', 'design-doc'),
      doc('docs/design/billing/b.md', 'design-doc'),
      doc('docs/adr/0001.md', 'adr'),
      doc('docs/adr/0002.markdown', 'adr'),
      doc('docs/notes/n.md', null),
      doc('top.md', 'design-doc'),
    ];
    expect(proposeDocuments(files)).toEqual([
      { glob: 'docs/adr/**/*.{md,markdown}', template: 'adr', paths: ['docs/adr/0001.md', 'docs/adr/0002.markdown'] },
      { glob: 'docs/design/**/*.md', template: 'design-doc', paths: ['docs/design/a.md', 'docs/design/billing/b.md'] },
    ]);
  });

  it('maps a folder of files where two thirds match one template and the rest none', () => {
    const files = [doc('rfcs/1.md', 'rfc'), doc('rfcs/2.md', 'rfc'), doc('rfcs/3.md', null)];
    expect(proposeDocuments(files)).toEqual([{ glob: 'rfcs/**/*.md', template: 'rfc', paths: ['rfcs/1.md', 'rfcs/2.md', 'rfcs/3.md'] }]);
    expect(proposeDocuments([...files, doc('rfcs/4.md', null)])).toEqual([]);
    expect(proposeDocuments([...files, doc('rfcs/4.md', 'adr')])).toEqual([]);
  });

  it('tries the own files and the subfolders of a folder that disagrees apart', () => {
    const files = [
      doc('docs/a.md', 'design-doc'),
      doc('docs/b.md', 'design-doc'),
      doc('docs/notes/n.md', null),
      doc('docs/guides/g.md', 'implementation-guide'),
    ];
    expect(proposeDocuments(files)).toEqual([
      { glob: 'docs/*.md', template: 'design-doc', paths: ['docs/a.md', 'docs/b.md'] },
      { glob: 'docs/guides/**/*.md', template: 'implementation-guide', paths: ['docs/guides/g.md'] },
    ]);
  });

  it('lets documents that name their template in a frontmatter neither vote nor disagree', () => {
    const files = [doc('docs/a.md', 'design-doc'), doc('docs/b.md', null, true), doc('tasks/t.md', 'task-guide', true)];
    expect(proposeDocuments(files)).toEqual([{ glob: 'docs/**/*.md', template: 'design-doc', paths: ['docs/a.md', 'docs/b.md'] }]);
  });

  it('maps no higher than the folder holding all the documents that vote', () => {
    const files = [
      doc('docs/design/a.md', 'design-doc'),
      doc('docs/design/storage/b.md', 'design-doc'),
      doc('docs/design/storage/c.md', null, true),
      doc('docs/tasks/t.md', 'task-guide', true),
    ];
    expect(proposeDocuments(files)).toEqual([
      {
        glob: 'docs/design/**/*.md',
        template: 'design-doc',
        paths: ['docs/design/a.md', 'docs/design/storage/b.md', 'docs/design/storage/c.md'],
      },
    ]);
  });
});
