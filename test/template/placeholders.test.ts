import { describe, expect, it } from '@jest/globals';
import {
  findPlaceholders,
  isOnlyPlaceholders,
  normalizeLinkLabel,
  placeholderWords,
  scanInline,
} from '../../src/template/placeholders.js';
import { isConditional as isConditionalPlaceholder } from '../../src/template/hints/conditional-placeholder.js';
import { isExample as isExamplePlaceholder } from '../../src/template/hints/example.js';

const texts = (text: string, options = {}): string[] => findPlaceholders(text, options).map((p) => p.text);

describe('findPlaceholders', () => {
  it('finds bracket placeholders that are not links', () => {
    expect(texts('# [Feature/Component] Implementation Guide')).toEqual(['[Feature/Component]']);
    expect(texts('- [Risk 1] - [mitigation]')).toEqual(['[Risk 1]', '[mitigation]']);
    expect(texts('[X weeks] (phased rollout)')).toEqual(['[X weeks]']);
  });

  it('does not take links, images, task boxes, citations, footnotes or attributes', () => {
    expect(texts('[Parent Document](../path/to/parent.md)')).toEqual([]);
    expect(texts('![diagram](img.png) and [text][ref]')).toEqual([]);
    expect(texts('- [ ] done, - [x] also, see [1] and [^2]')).toEqual([]);
    expect(texts('#[test] fn a() {}', { code: true })).toEqual([]);
    expect(texts('let x = arr[index];', { code: true })).toEqual([]);
  });

  it('takes a shortcut link through a definition as a link', () => {
    const linkLabels = new Set([normalizeLinkLabel('kubernetes/enhancements')]);
    expect(texts('issue in [kubernetes/enhancements] here', { linkLabels })).toEqual([]);
    expect(texts('issue in [kubernetes/enhancements] here')).toEqual(['[kubernetes/enhancements]']);
  });

  it('finds placeholders nested in a link text, not in its destination', () => {
    expect(texts('4. [Phase 2: [Name]](#phase-2-name-week-3-4)')).toEqual(['[Name]']);
    expect(texts('[Research](../research/[topic]/)')).toEqual([]);
  });

  it('finds angle placeholders but not HTML, autolinks or generics', () => {
    expect(texts('# <Component Name> Implementation Specification')).toEqual(['<Component Name>']);
    expect(texts("- **Audit Trail**: <What's logged>")).toEqual(["<What's logged>"]);
    expect(texts('| <Code> | <Status> |')).toEqual(['<Code>', '<Status>']);
    expect(texts('<details> <br> <a href="x"> </span> <https://example.com> <me@company.org>')).toEqual([]);
    // An autolink is no angle placeholder; an address at an example domain is a token (DESIGN §2b.5).
    expect(texts('<me@example.com>')).toEqual(['me@example.com']);
    expect(texts('fn f() -> Result<Output, Error>', { code: true })).toEqual([]);
    expect(texts('if a < b and c > d', { code: true })).toEqual([]);
    expect(texts('<!-- a comment -->')).toEqual([]);
  });

  it('finds curly placeholders but not template literals or code objects', () => {
    expect(texts('# {short title, representative of solved problem}')).toEqual([
      '{short title, representative of solved problem}',
    ]);
    expect(texts('const a = `${name}`;', { code: true })).toEqual([]);
    expect(texts('{ "key": "value" }', { code: true })).toEqual([]);
    expect(texts('{{mustache}}')).toEqual([]);
  });

  it('finds tokens and ids', () => {
    expect(texts('**Created**: YYYY-MM-DD')).toEqual(['YYYY-MM-DD']);
    expect(texts('[Tool 1] installed (version X.X+)')).toEqual(['[Tool 1]', 'X.X+']);
    expect(texts('CHRONO-YYY completed, KEP-NNNN, code XXX')).toEqual(['CHRONO-YYY', 'KEP-NNNN', 'XXX']);
    expect(texts('Implementation Guide: CHRONO-003')).toEqual([]);
    expect(texts('Implementation Guide: CHRONO-003', { digitIds: true })).toEqual(['CHRONO-003']);
  });

  it('finds data-shaped tokens in any case (DESIGN §2b.5)', () => {
    expect(texts('created: yyyy-mm-dd, due MM/DD/YYYY, or dd/mm/yyyy')).toEqual(['yyyy-mm-dd', 'MM/DD/YYYY', 'dd/mm/yyyy']);
    expect(texts('YYYY/MM/DD then YYYYMMDD then Month DD, YYYY')).toEqual(['YYYY/MM/DD', 'YYYYMMDD', 'Month DD, YYYY']);
    expect(texts('- @username, @GitHub-handle and jane@example.com (me@example.org)')).toEqual([
      '@username',
      '@GitHub-handle',
      'jane@example.com',
      'me@example.org',
    ]);
    // Sample names, Swift attributes and real addresses are not tokens.
    expect(texts('@janedoe uses @inlinable; mail ada@tensorflow.org or ada@example.com.au')).toEqual([]);
    expect(texts('2024-01-02 and MMDDYYYYY')).toEqual([]);
  });

  it('finds file names only when asked (headings)', () => {
    expect(texts('Update requirements.txt', { fileNames: true })).toEqual(['requirements.txt']);
    expect(texts('Update requirements.txt')).toEqual([]);
    expect(texts('Aspects, e.g. errors, i.e. all', { fileNames: true })).toEqual([]);
  });

  it('reads inline code spans as code', () => {
    const [inCode] = findPlaceholders('**File:** `[file path]` (NEW)');
    expect(inCode).toMatchObject({ text: '[file path]', inner: 'file path', inCode: true });
    expect(findPlaceholders('see [this thing]')[0]?.inCode).toBe(false);
  });

  it('reports offsets into the text', () => {
    expect(findPlaceholders('Step 1: [First Task]')[0]).toMatchObject({ start: 8, end: 20, kind: 'bracket' });
  });
});

describe('scanInline links', () => {
  it('reports inline and reference links with their destinations', () => {
    const { links } = scanInline('[A](path/to/a.md) and [B][b] and ![C](c.png)');
    expect(links.map((link) => [link.text, link.label, link.url])).toEqual([
      ['[A](path/to/a.md)', 'A', 'path/to/a.md'],
      ['[B][b]', 'B', null],
      ['![C](c.png)', 'C', 'c.png'],
    ]);
  });
});

describe('placeholder predicates', () => {
  it('tells placeholder-only texts', () => {
    expect(isOnlyPlaceholders('[Aspect 1: e.g., API Design]')).toBe(true);
    expect(isOnlyPlaceholders('<Algorithm Name>')).toBe(true);
    expect(isOnlyPlaceholders('1.1 [Quick Win Name]')).toBe(false);
    expect(isOnlyPlaceholders('Summary')).toBe(false);
  });

  it('counts words and reads example and conditional placeholders', () => {
    const [example, conditional, single] = findPlaceholders('[Aspect 1: e.g., API] [If relevant] [Name]');
    expect(placeholderWords(example)).toBe(4);
    expect(isExamplePlaceholder(example)).toBe(true);
    expect(isConditionalPlaceholder(conditional)).toBe(true);
    expect(isConditionalPlaceholder(single)).toBe(false);
    expect(placeholderWords(single)).toBe(1);
  });
});
