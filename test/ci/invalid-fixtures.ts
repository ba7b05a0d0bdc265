/**
 * A real run's input: every `fixtures/<template>/invalid/*.md` copied into a temporary folder whose
 * path has spaces, with a config that maps each template's folder to that built-in template and
 * turns `unknown-section`, `unknown-field` and `field-order` on. No other invalid fixture has an
 * unknown section, an unknown field or fields out of order, so each copy's findings are exactly its
 * `.findings` file, and together they give a finding of every rule.
 *
 * One more document, `design-doc/drafts/search index, 50% draft.md`, has a frontmatter status of
 * `"50% done: see\nreview"`: a path with a space, `,` and `%`, and a message with `%`, `:` and a
 * line break, for the reporters' escaping.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli, type CliRun } from '../cli/run-cli.js';

const project = fileURLToPath(new URL('../../', import.meta.url));

/** The fixture folders named after a built-in template. */
export const FIXTURE_TEMPLATES = ['design-doc', 'implementation-guide', 'implementation-spec', 'phased-guide', 'task-guide'];

export const ESCAPES_DOCUMENT = 'design-doc/drafts/search index, 50% draft.md';

/** The frontmatter status of ESCAPES_DOCUMENT, as the finding quotes it. */
export const ESCAPES_STATUS = '50% done: see\nreview';

export interface FixtureDocument {
  /** Relative to the tree's root, with `/`. */
  path: string;
  /** Its `.findings` lines: `<line>:<column> <rule-id> <message>`. */
  findings: string[];
}

export interface InvalidFixtureTree {
  root: string;
  /** The copied invalid fixtures, by path. */
  documents: FixtureDocument[];
  /** Runs `guidelint check --format <format> [options]` in the root (its config's `documents` globs). */
  run(format: string, ...options: string[]): Promise<CliRun>;
  remove(): void;
}

/** In `root` (made if missing), or in a new temporary folder. */
export function createInvalidFixtureTree(root = mkdtempSync(join(tmpdir(), 'guidelint fixtures '))): InvalidFixtureTree {
  const documents: FixtureDocument[] = [];
  for (const template of FIXTURE_TEMPLATES) {
    const source = join(project, 'fixtures', template, 'invalid');
    mkdirSync(join(root, template, 'invalid'), { recursive: true });
    for (const name of readdirSync(source).filter((file) => file.endsWith('.md')).sort()) {
      cpSync(join(source, name), join(root, template, 'invalid', name));
      const findings = readFileSync(join(source, name.replace(/\.md$/u, '.findings')), 'utf8').trimEnd().split('\n');
      documents.push({ path: `${template}/invalid/${name}`, findings });
    }
  }
  writeEscapesDocument(root);
  writeFileSync(join(root, '.guidelintrc.yaml'), config());
  return {
    root,
    documents,
    run: (format, ...options) => runCli(['check', '--format', format, ...options], { cwd: root }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

function config(): string {
  const documents = FIXTURE_TEMPLATES.map((template) => `  - files: "${template}/**/*.md"\n    template: ${template}\n`);
  return `documents:\n${documents.join('')}rules:\n  unknown-section: error\n  unknown-field: error\n  field-order: error\n`;
}

/** A conforming design doc whose frontmatter status is ESCAPES_STATUS (a YAML `\n` escape). */
function writeEscapesDocument(root: string): void {
  const conforming = readFileSync(join(project, 'fixtures/design-doc/valid/search-index.md'), 'utf8');
  const status = `status: ${JSON.stringify(ESCAPES_STATUS)}`;
  const text = conforming.replace(/^status: .*$/mu, status);
  if (!text.includes(status)) throw new Error('search-index.md has no "status:" line to replace');
  mkdirSync(join(root, 'design-doc', 'drafts'));
  writeFileSync(join(root, ESCAPES_DOCUMENT), text);
}
