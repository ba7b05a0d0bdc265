/** The text of the `.guidelintrc.yaml` that `guidelint init` writes: the proposal, with a comment on every key. */

import { yamlScalar } from '../../lint/field-line.js';
import type { FolderMapping } from './propose.js';

export interface StarterProposal {
  /** The repository's own templates, by name; paths relative to the config's folder. */
  templates: readonly { name: string; path: string }[];
  documents: readonly FolderMapping[];
}

/** Valid config text (loadConfig reads it back) that explains itself to someone who never read the docs. */
export function starterConfig(proposal: StarterProposal): string {
  const lines = [
    '# guidelint configuration, written by `guidelint init`. Edit it freely:',
    '# `npx guidelint` checks the documents below, `npx guidelint --verbose` says which template',
    '# each file follows. Reference: the Configuration section of guidelint\'s README.',
    '',
    "# This repository's own templates, by name (a template is a Markdown file of [placeholders]).",
    '# The built-in ones need no entry: implementation-guide, phased-guide, design-doc,',
    '# implementation-spec, task-guide.',
    ...block('templates', proposal.templates.map(({ name, path }) => `  ${yamlScalar(name)}: ${yamlScalar(path)}`)),
    '',
    '# Which template the documents follow: the first entry whose glob matches a file wins.',
    '# A document may also name its template in its frontmatter (`template: design-doc`).',
    ...block(
      'documents',
      proposal.documents.flatMap((mapping) => [
        `  # ${documentCount(mapping.paths.length)} whose headings match ${mapping.template}`,
        `  - files: ${JSON.stringify(mapping.glob)}`,
        `    template: ${yamlScalar(mapping.template)}`,
      ]),
      ['  # - files: "docs/design/**/*.md"', '  #   template: design-doc'],
    ),
    '',
    '# Rule severities: off, warn or error (e.g. `unknown-section: warn`, `code-block: off`).',
    'rules: {}',
    '',
    '# Files never checked, besides those .gitignore and .guidelintignore exclude and node_modules.',
    'ignore: []',
    '',
    '# true: a document no entry covers follows the template whose headings it shares most.',
    'detect: false',
    '',
  ];
  return lines.join('\n');
}

/** `key:` with its entries below, or `key: []`/`key: {}` with a commented example when there are none. */
function block(key: 'templates' | 'documents', entries: readonly string[], example: readonly string[] = []): string[] {
  if (entries.length > 0) return [`${key}:`, ...entries];
  return [`${key}: ${key === 'templates' ? '{}' : '[]'}`, ...example];
}

/** `1 document`, `9 documents`. */
export function documentCount(count: number): string {
  return `${count} document${count === 1 ? '' : 's'}`;
}
