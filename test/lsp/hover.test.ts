/** headingHover: what a heading is to the template, for the editor's hover. */
import { describe, expect, it } from '@jest/globals';
import { headingHover } from '../../src/lsp/hover.js';
import { matchOutline } from '../../src/match/match-outline.js';
import { outlineFromMarkdownIt } from '../../src/outline/from-markdown-it.js';
import { compileTemplate } from '../../src/template/compile.js';

const TEMPLATE = [
  '# [Feature Name]',
  '',
  '## Problem',
  '',
  '[Why]',
  '',
  '## Security Considerations',
  '<!-- guidelint: closed -->',
  '',
  '[Threats]',
  '',
  '## Steps',
  '',
  '### Step 1: [Name]',
  '',
  '[Do]',
  '',
  '## Notes (optional)',
  '',
  '[Anything]',
  '',
].join('\n');

const schema = compileTemplate(TEMPLATE, { name: 'rfc' });

const DOCUMENT = [
  '# Search', //                 1
  '',
  '## Problem', //               3
  '',
  'Slow.',
  '',
  '### Notes', //                7: the template's "## Notes" one level too deep
  '',
  'N.',
  '',
  '## Threats', //               11
  '',
  '## Steps', //                 13
  '',
  '### Step 1: Index',
  '',
  'I.',
  '',
  '## Security Considerations', // 19
  '',
  '### Aside', //                21
  '',
  'A.',
  '',
  'Text under no heading line.',
  '',
].join('\n');

const hover = (line: number) => headingHover(matchOutline(outlineFromMarkdownIt(DOCUMENT), schema), line);

describe('headingHover', () => {
  it('names the template section a heading matches, with the template line and what it requires', () => {
    expect(hover(3)).toEqual({
      text: 'Matches `## Problem` of template `rfc` (template line 3, required).',
      span: expect.objectContaining({ start: expect.objectContaining({ line: 3, column: 1 }), end: expect.objectContaining({ line: 3, column: 11 }) }),
    });
    expect(hover(15)?.text).toBe('Matches `### Step {n}` of template `rfc` (template line 14, required, number 1 of the series).');
  });

  it('says which H1 is the title', () => {
    expect(hover(1)?.text).toBe('The title of template `rfc`: `# [Feature Name]` (template line 1).');
  });

  it('says when a heading names a section out of its place, is a near miss, or is not in the template', () => {
    expect(hover(7)?.text).toBe('Matches `## Notes (optional)` of template `rfc` (template line 18, optional, heading level 3, the template\'s is 2).');
    expect(hover(11)?.text).toBe('Not a section of template `rfc`.');
    const misspelled = '# Search\n\n## Problem\n\nSlow.\n\n## Securty Considerations\n\nNone.\n\n## Steps\n\n### Step 1: Index\n\nI.\n';
    expect(headingHover(matchOutline(outlineFromMarkdownIt(misspelled), schema), 7)?.text).toBe(
      'Not a section of template `rfc`; did you mean `## Security Considerations`?',
    );
    expect(hover(21)?.text).toBe('Not a section of template `rfc`, which allows no other section here.');
  });

  it('says when a heading names a template section under another parent', () => {
    const nested = compileTemplate('# [F]\n\n## Problem\n\n[Why]\n\n## Design\n\n### Risks\n\n[R]\n', { name: 'rfc' });
    const misplaced = '# S\n\n## Problem\n\n### Risks\n\nR.\n\n## Design\n\nD.\n';
    expect(headingHover(matchOutline(outlineFromMarkdownIt(misplaced), nested), 5)?.text).toBe(
      'Names `### Risks` of template `rfc` (template line 9, required), but stands under `## Problem`: not where the template has it.',
    );
  });

  it('gives nothing off a heading line', () => {
    expect([hover(2), hover(5), hover(25)]).toEqual([null, null, null]);
  });
});
