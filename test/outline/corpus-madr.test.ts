import { describeCorpusEquality } from './equality.js';

describeCorpusEquality('madr');
