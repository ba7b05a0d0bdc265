import { describe, expect, it } from '@jest/globals';
import { plainText } from '../../src/outline/plain-text.js';

describe('plainText (heading text)', () => {
  it.each([
    ['**Bold** and *em* and _em_ and __strong__', 'Bold and em and em and strong'],
    ['Use `code_span` and ``a ` tick``', 'Use code_span and a ` tick'],
    ['[Link](http://x.y "title") and [ref][r] and [collapsed][]', 'Link and ref and collapsed'],
    ['![Alt *text*](img.png) image', 'Alt text image'],
    ['[Phase 2: [Name]](#phase-2) done', 'Phase 2: [Name] done'],
    ['Escaped \\*star\\* and \\[bracket\\]', 'Escaped *star* and [bracket]'],
    ['[Not a link] and [Phase Name] (Week 3-4)', '[Not a link] and [Phase Name] (Week 3-4)'],
    ['<Component Name> on <YYYY-MM-DD> with {name}', '<Component Name> on <YYYY-MM-DD> with {name}'],
    ['<a name="summary"></a>Summary <sup>1</sup>', 'Summary 1'],
    ['KEP-1731: Packages <!-- omit in toc -->', 'KEP-1731: Packages'],
    ['snake_case and ~~gone~~ and 2 * 3 and ~5', 'snake_case and gone and 2 * 3 and ~5'],
    ['  Spaces\n  and   lines  ', 'Spaces and lines'],
    ['Unclosed `tick and [bracket', 'Unclosed `tick and [bracket'],
  ])('%j → %j', (raw, text) => {
    expect(plainText(raw)).toBe(text);
  });
});
