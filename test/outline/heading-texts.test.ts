import { describe, expect, it } from '@jest/globals';
import { outlineFromMarkdownIt } from '../../src/outline/from-markdown-it.js';
import { plainText } from '../../src/outline/plain-text.js';
import type { Outline } from '../../src/outline/types.js';
import { frontEnds } from './front-ends.js';

/** The top level's headings, as text. */
const headingTexts = (outline: Outline): (string | undefined)[] => outline.root.children.map((section) => section.heading?.text);

describe.each(frontEnds)('heading texts met again (%s)', (_name, outlineOf) => {
  it('are what the first reading gave, in every document', () => {
    const source = '# *Motivation* and `why`\n\ntext\n\n# Motivation\n\n# *Motivation* and `why`\n';
    const first = headingTexts(outlineOf(source));
    expect(first).toEqual(['Motivation and why', 'Motivation', 'Motivation and why']);
    expect(headingTexts(outlineOf(`intro\n\n${source}`))).toEqual(first);
  });
});

describe('heading texts kept', () => {
  // The memo is the Outline builder's, whatever the front-end: the faster one fills it.
  it('stay right past the number kept (the memo starts afresh)', () => {
    const raws = Array.from({ length: 25_000 }, (_, index) => `**Heading** ${index}`);
    const outline = outlineFromMarkdownIt(raws.map((raw) => `# ${raw}\n`).join('\n'));
    expect(headingTexts(outline)).toEqual(raws.map(plainText));
    expect(headingTexts(outlineFromMarkdownIt(`# ${raws[0]}\n`))).toEqual(['Heading 0']);
  });
});
