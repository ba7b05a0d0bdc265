import { describeCorpusEquality } from './equality.js';

describeCorpusEquality('rust-rfcs');
