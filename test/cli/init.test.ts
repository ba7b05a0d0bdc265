/**
 * `guidelint init` on a repository of the user's own, then `guidelint`: a useful first result with
 * no further reading.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { addFiles, makeTree, removeTree } from '../files/tree.js';
import { runCli } from './run-cli.js';

const fixture = (path: string): string => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');

const RFC_TEMPLATE = `# RFC-NNNN: [Title]

- Start Date: YYYY-MM-DD
- Author: [Your name]

## Summary

[One paragraph explaining the feature.]

## Motivation

[Why are we doing this? What use cases does it support?]

## Detailed design

[The design, in enough detail for someone who knows the code to build it.]

## Drawbacks

[Why should we not do this?]
`;

/** A plausible repository: design docs (one drifted), its own RFC template, notes and a README. */
function plausibleRepo(): Record<string, string> {
  return {
    'README.md': '# Acme\n\nServices and their docs.\n',
    'docs/design/rate-limiter.md': fixture('design-doc/valid/rate-limiter.md'),
    'docs/design/search-index.md': fixture('design-doc/valid/search-index.md'),
    'docs/design/storage/tolerant-headings.md': fixture('design-doc/valid/tolerant-headings.md'),
    'docs/design/storage/review-queue.md': fixture('design-doc/invalid/field-value.md'),
    'docs/templates/rfc.md': RFC_TEMPLATE,
    'docs/notes/standup.md': '# Standup\n\n- shipped the limiter\n',
    'node_modules/dep/docs/design/x.md': '# Not ours\n',
  };
}

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map(removeTree));
});

async function repo(files: Record<string, string>): Promise<string> {
  const root = await makeTree(files);
  roots.push(root);
  return root;
}

describe('guidelint init', () => {
  it('writes a config mapping the docs folders to templates, says what it wrote and what to run next', async () => {
    const root = await repo(plausibleRepo());
    expect(await runCli(['init'], { cwd: root })).toEqual({
      code: 0,
      stdout: [
        'Wrote .guidelintrc.yaml.',
        '',
        'Your templates:',
        '  rfc  docs/templates/rfc.md',
        '',
        'Documents, and the template their headings match:',
        '  docs/design/**/*.md  design-doc  4 documents',
        '',
        'Following no template, not checked: README.md, docs/notes/standup.md.',
        '',
        'Next:',
        '  npx guidelint            check the documents above',
        '  npx guidelint --verbose  say which template each file follows, and why',
        '',
      ].join('\n'),
      stderr: '',
    });
    const loaded = await loadConfig({ cwd: root });
    expect(loaded.config).toEqual({
      templates: { rfc: { path: join(root, 'docs/templates/rfc.md'), rules: {}, ruleOptions: {}, sections: {}, fields: {}, fieldOrder: null, origin: '.guidelintrc.yaml: templates.rfc' } },
      documents: [{ files: ['docs/design/**/*.md'], template: 'design-doc' }],
      rules: {},
      ruleOptions: {},
      ignore: [],
      detect: false,
    });
  });

  it('gives a useful first run: the drifted design doc, nothing else', async () => {
    const root = await repo(plausibleRepo());
    await runCli(['init'], { cwd: root });
    expect(await runCli([], { cwd: root })).toEqual({
      code: 1,
      stdout: [
        '',
        'docs/design/storage/review-queue.md',
        '  3:15  error  Field "Status" (design-doc) must be one of "Draft", "Planning", "In Progress", "Implemented", "Deprecated", found "In Review"  field-value',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('never overwrites a config, whichever file holds it', async () => {
    const root = await repo({ '.guidelintrc.yaml': 'rules: {}\n', 'docs/a.md': '# A\n' });
    expect(await runCli(['init'], { cwd: root })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'guidelint: .guidelintrc.yaml already configures guidelint here; init never overwrites a config\n',
    });
    expect(await readFile(join(root, '.guidelintrc.yaml'), 'utf8')).toBe('rules: {}\n');
    const withPackage = await repo({ 'package.json': '{ "name": "x", "guidelint": {} }' });
    expect((await runCli(['init'], { cwd: withPackage })).stderr).toBe(
      'guidelint: package.json already configures guidelint here; init never overwrites a config\n',
    );
    expect(await readdir(withPackage)).toEqual(['package.json']);
  });

  it('says which documents name their template themselves, and which config the new one takes the place of', async () => {
    const parent = await repo({ '.guidelintrc.yaml': 'rules: {}\n' });
    const root = join(parent, 'service');
    await addFiles(root, {
      'docs/design/rate-limiter.md': fixture('design-doc/valid/rate-limiter.md'),
      'docs/tasks/pay-014.md': fixture('repo/docs/tasks/pay-014-payout-export.md'),
    });
    expect((await runCli(['init'], { cwd: root })).stdout).toBe(
      [
        'Wrote .guidelintrc.yaml.',
        `In this folder it takes the place of ${join(parent, '.guidelintrc.yaml')}.`,
        '',
        'Documents, and the template their headings match:',
        '  docs/design/**/*.md  design-doc  1 document',
        '',
        'Next:',
        '  npx guidelint            check the documents above',
        '  npx guidelint .          also check the 1 document naming their template in a frontmatter',
        '  npx guidelint --verbose  say which template each file follows, and why',
        '',
      ].join('\n'),
    );
  });

  it('writes a valid starter config where it finds nothing to map, and says what to add', async () => {
    const root = await repo({ 'README.md': '# Hello\n' });
    const run = await runCli(['init'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '\nNo folder of documents matches a template: map folders to templates under documents: in .guidelintrc.yaml.\n',
    );
    expect((await loadConfig({ cwd: root })).config.documents).toEqual([]);
  });
});
