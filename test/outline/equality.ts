/**
 * The equality test: both front-ends give deep-equal Outlines on a set of documents. Documents on
 * which the parsers genuinely build different trees are listed with the reason, and checked to
 * still differ, so that the list stays true.
 */

import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { outlineFromMarkdownIt } from '../../src/outline/from-markdown-it.js';
import { outlineFromRemark } from '../../src/outline/from-remark.js';

export interface EqualitySuite {
  title: string;
  /** The documents, by name for the test titles. */
  files: ReadonlyArray<{ name: string; url: URL }>;
  /** Documents the parsers read differently, with why. */
  disagreements?: Readonly<Record<string, string>>;
}

export function describeEquality({ title, files, disagreements = {} }: EqualitySuite): void {
  describe(title, () => {
    const agreeing = files.filter((file) => !(file.name in disagreements));
    const disagreeing = files.filter((file) => file.name in disagreements);

    it.each(agreeing.map((file) => [file.name, file.url] as const))('%s', (_name, url) => {
      const source = readFileSync(url, 'utf8');
      const fast = outlineFromMarkdownIt(source);
      const reference = outlineFromRemark(source);
      // toEqual only to show the difference: on big Outlines it costs more than the comparison.
      if (!isDeepStrictEqual(fast, reference)) expect(fast).toEqual(reference);
    });

    if (disagreeing.length > 0) {
      it.each(disagreeing.map((file) => [file.name, file.url] as const))('%s still differs', (name, url) => {
        const source = readFileSync(url, 'utf8');
        const equal = isDeepStrictEqual(outlineFromMarkdownIt(source), outlineFromRemark(source));
        expect({ name, equal }).toEqual({ name, equal: false });
      });
    }
  });
}

const corpora = new URL('../../../shared/corpora/', import.meta.url);

/**
 * remark reads about 1 MB/s here and the corpora hold 31 MB, so by default every
 * `SAMPLE_EVERY`-th document (in name order) is compared, and all of them with
 * `GUIDELINT_FULL_CORPUS=1`.
 */
const SAMPLE_EVERY = 24;
const fullCorpus = process.env['GUIDELINT_FULL_CORPUS'] === '1';

export interface CorpusOptions {
  /** Documents the parsers read differently, with why: always compared. */
  disagreements?: Readonly<Record<string, string>>;
  /** Only every `of`-th sampled document from the `index`-th: a big corpus runs as parallel files. */
  shard?: { index: number; of: number };
}

/** Equality over the `docs/*.md` of a corpus, or a skipped suite when it is not on this machine. */
export function describeCorpusEquality(corpus: string, { disagreements = {}, shard }: CorpusOptions = {}): void {
  const part = shard === undefined ? '' : `, part ${shard.index + 1} of ${shard.of}`;
  const title = `corpus ${corpus} (${fullCorpus ? 'every document' : `every ${SAMPLE_EVERY}th document`}${part})`;
  const docs = new URL(`${corpus}/docs/`, corpora);
  if (!existsSync(docs)) {
    describe.skip(title, () => {
      it.skip('needs ../shared/corpora', () => undefined);
    });
    return;
  }
  const names = readdirSync(docs)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .filter((name, index) => fullCorpus || index % SAMPLE_EVERY === 0 || name in disagreements)
    .filter((_name, index) => shard === undefined || index % shard.of === shard.index);
  describeEquality({
    title,
    files: names.map((name) => ({ name, url: new URL(name, docs) })),
    disagreements: Object.fromEntries(Object.entries(disagreements).filter(([name]) => names.includes(name))),
  });
}
