/**
 * The hint readers, in the order `annotate` runs them. To teach the compiler a new hint, add a
 * reader file here and, if it says something new, the line in `passes/4-infer.ts` that resolves it.
 */
import type { HintReader } from '../ir.js';
import { annotation } from './annotation.js';
import { conditionalItem } from './conditional-item.js';
import { conditionalPlaceholder } from './conditional-placeholder.js';
import { emptySample } from './empty-sample.js';
import { example } from './example.js';
import { exampleEntry } from './example-entry.js';
import { headingMarker } from './heading-marker.js';
import { listSample } from './list-sample.js';
import { optionalComment } from './optional-comment.js';
import { optionalProse } from './optional-prose.js';
import { reference } from './reference.js';
import { relationKey } from './relation-key.js';
import { sampleTitle } from './sample-title.js';
import { valueCondition } from './value-condition.js';
import { valueMarker } from './value-marker.js';
import { valueShape } from './value-shape.js';
import { yamlTrailingComment } from './yaml-trailing-comment.js';

export const HINT_READERS: readonly HintReader[] = [
  annotation,
  headingMarker,
  optionalComment,
  optionalProse,
  conditionalPlaceholder,
  example,
  exampleEntry,
  reference,
  conditionalItem,
  valueMarker,
  valueCondition,
  yamlTrailingComment,
  emptySample,
  relationKey,
  listSample,
  valueShape,
  sampleTitle,
];
