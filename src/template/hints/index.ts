/**
 * The hint readers, in the order `annotate` runs them. To teach the compiler a new hint, add a
 * reader file here and, if it says something new, the line in `passes/4-infer.ts` that resolves it.
 */
import type { HintReader } from '../ir.js';
import { annotation } from './annotation.js';
import { conditionalItem } from './conditional-item.js';
import { conditionalPlaceholder } from './conditional-placeholder.js';
import { example } from './example.js';
import { headingMarker } from './heading-marker.js';
import { optionalComment } from './optional-comment.js';
import { reference } from './reference.js';
import { sampleTitle } from './sample-title.js';
import { valueMarker } from './value-marker.js';
import { valueShape } from './value-shape.js';

export const HINT_READERS: readonly HintReader[] = [
  annotation,
  headingMarker,
  optionalComment,
  conditionalPlaceholder,
  example,
  reference,
  conditionalItem,
  valueMarker,
  valueShape,
  sampleTitle,
];
