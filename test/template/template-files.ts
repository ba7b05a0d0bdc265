import { describe } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const builtins = new URL('../../templates/', import.meta.url);
const corpora = new URL('../../../shared/corpora/', import.meta.url);

export function readBuiltinTemplate(name: string): string {
  return readFileSync(new URL(`${name}.md`, builtins), 'utf8');
}

/** The shared corpora folder is not part of the project: tests reading it skip when it is absent. */
export const hasCorpora = existsSync(fileURLToPath(corpora));

/** `describe` for tests that read `../shared/corpora`: skipped where it is absent (a user's clone), run in CI. */
export function describeIfCorpora(name: string, tests: () => void): void {
  (hasCorpora ? describe : describe.skip)(name, tests);
}

export type Corpus = 'madr' | 'rust-rfcs' | 'k8s-keps' | 'swift-evolution' | 'dapr-proposals' | 'tensorflow-rfcs';

export function readCorpusTemplate(corpus: Corpus): string {
  return readFileSync(new URL(`${corpus}/template.md`, corpora), 'utf8');
}
