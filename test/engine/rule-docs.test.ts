/** Rule pages for browsers (SARIF `helpUri`, LSP `codeDescription`): every link names a page the repository has. */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rules } from '../../rules/index.js';
import { repositoryUrl, ruleDocsUrl, type RepositoryFields } from '../../src/engine/rule-docs.js';

const project = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(`${project}package.json`, 'utf8')) as RepositoryFields;

describe('ruleDocsUrl', () => {
  it('links every rule to docs/rules/<id>.md on the main branch of the repository package.json names', () => {
    const base = repositoryUrl(manifest);
    expect(base).toBe('https://github.com/guidelint/guidelint');
    for (const { meta } of rules) {
      const url = ruleDocsUrl(meta.id);
      expect(url).toBe(`${base}/blob/main/docs/rules/${meta.id}.md`);
      expect(existsSync(`${project}${url!.slice(`${base}/blob/main/`.length)}`)).toBe(true);
    }
  });
});

describe('repositoryUrl', () => {
  it.each([
    [{ repository: { type: 'git', url: 'git+https://github.com/o/r.git' } }, 'https://github.com/o/r'],
    [{ repository: 'https://gitlab.com/o/r/' }, 'https://gitlab.com/o/r'],
    [{ repository: 'github:o/r' }, 'https://github.com/o/r'],
    [{ repository: 'o/r' }, 'https://github.com/o/r'],
    [{ repository: { url: 'git@github.com:o/r.git' } }, 'https://github.com/o/r'],
    [{ homepage: 'https://github.com/o/r#readme' }, 'https://github.com/o/r'],
    [{ homepage: 'not a url' }, null],
    [{}, null],
  ])('reads %j as %s', (fields, expected) => {
    expect(repositoryUrl(fields)).toBe(expected);
  });
});
