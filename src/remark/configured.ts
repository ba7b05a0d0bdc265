/**
 * The preset without a template: each file follows the template its config gives it, as in the
 * CLI and the editor — the config found upward from the file's folder, its `documents`, `ignore`
 * and `rules`, or the file's frontmatter `template:`. A file that follows no template gets no message.
 *
 * Two plugins: an asynchronous one lints (reading the config and compiling templates), a
 * synchronous one after it reports. unified-engine (remark-cli) lets a file that already has a fatal
 * message skip the wait for the other files; one that got it in a step of its own could leave the
 * others waiting forever, so the messages are added in the last step before that wait, at once.
 */
import { resolve } from 'node:path';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { DocumentLinter, type DocumentLint } from '../lsp/document-linter.js';
import { fileOutline } from './file-outline.js';
import { addMessage } from './rule-plugins.js';

export interface ConfiguredOptions {
  /** What messages show template paths relative to; the working directory by default. */
  cwd?: string;
}

/**
 * remark-cli attaches the plugins once per file: the linter (configs and compiled templates) is
 * shared by every file of the process, and checks before each file that what it read is unchanged.
 */
const linters = new Map<string, DocumentLinter>();

const lintOfFile = new WeakMap<VFile, DocumentLint>();

/** Lints the file as its config says; the findings wait for `remarkGuidelintReport`. */
export const remarkGuidelintConfigured: Plugin<[ConfiguredOptions?], Root> = function (options = {}) {
  const cwd = resolve(options.cwd ?? process.cwd());
  let linter = linters.get(cwd);
  if (linter === undefined) {
    linter = new DocumentLinter(cwd);
    linters.set(cwd, linter);
  }
  const shared = linter;
  return async (_tree, file) => {
    if (!file.path) return;
    await shared.refresh();
    lintOfFile.set(file, await shared.lint(resolve(file.cwd, file.path), String(file)));
  };
};

/** Adds the file's findings as messages, with the fields unified-lint-rule gives a rule's messages. */
export const remarkGuidelintReport: Plugin<[], Root> = function () {
  return (_tree, file) => {
    const lint = lintOfFile.get(file);
    if (!lint || lint.findings.length === 0) return;
    const outline = lint.outline ?? fileOutline(file);
    for (const finding of lint.findings) {
      Object.assign(addMessage(file, outline, finding), {
        fatal: finding.severity === 2,
        ...(finding.ruleId === null ? {} : { ruleId: finding.ruleId }),
        source: 'guidelint',
      });
    }
  };
};
