/**
 * Where each rule's documentation lives for a browser: docs/rules/<id>.md (the page
 * `guidelint explain <id>` prints) in the repository guidelint's package.json names, on its main
 * branch. SARIF rules (`helpUri`) and editor diagnostics (`codeDescription`) link to it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../config/package-root.js';

/** What of a package.json names the repository. */
export interface RepositoryFields {
  repository?: unknown;
  homepage?: unknown;
}

let cachedBase: string | null | undefined;

/** The rule's page, e.g. `https://github.com/guidelint/guidelint/blob/main/docs/rules/title.md`; null when package.json names no repository. */
export function ruleDocsUrl(ruleId: string): string | null {
  if (cachedBase === undefined) {
    cachedBase = repositoryUrl(JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as RepositoryFields);
  }
  return cachedBase === null ? null : `${cachedBase}/blob/main/docs/rules/${ruleId}.md`;
}

/**
 * The repository's web address from `repository` (`{ url: "git+https://github.com/o/r.git" }`,
 * `"https://…"`, `"github:o/r"`, `"o/r"`), else `homepage` without its `#fragment`; null for neither.
 */
export function repositoryUrl(manifest: RepositoryFields): string | null {
  const { repository, homepage } = manifest;
  const written = typeof repository === 'string' ? repository : typeof repository === 'object' && repository !== null ? (repository as { url?: unknown }).url : undefined;
  if (typeof written === 'string' && written.trim() !== '') {
    const url = written.trim();
    const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/u.exec(url);
    if (shorthand) return `https://github.com/${shorthand[1]!.replace(/\.git$/u, '')}`;
    const web = /^(?:git\+)?(https?:\/\/[^#]+?)(?:\.git)?\/?(?:#.*)?$/u.exec(url);
    if (web) return web[1]!;
    const ssh = /^(?:git\+ssh:\/\/)?git@([^:/]+)[:/](.+?)(?:\.git)?$/u.exec(url);
    if (ssh) return `https://${ssh[1]}/${ssh[2]}`;
  }
  if (typeof homepage === 'string' && /^https?:\/\//u.test(homepage)) return homepage.replace(/[#?].*$/u, '').replace(/\/$/u, '');
  return null;
}
