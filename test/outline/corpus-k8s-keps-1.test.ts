import { describeCorpusEquality } from './equality.js';
import { k8sKepsDisagreements } from './k8s-keps-disagreements.js';

// The biggest corpus (21 MB) runs as two files, in parallel.
describeCorpusEquality('k8s-keps', { disagreements: k8sKepsDisagreements, shard: { index: 0, of: 2 } });
