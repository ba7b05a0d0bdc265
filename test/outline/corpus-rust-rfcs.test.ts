import { describeCorpusEquality } from './equality.js';

describeCorpusEquality('rust-rfcs', {
  disagreements: {
    '3668-async-closures.md':
      'footnote definitions at column 0 below a list item: remark ends the list there (a definition ' +
      'interrupts a paragraph), markdown-it reads them as lazy lines of the item',
  },
});
