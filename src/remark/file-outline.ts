/** The outline and match of a file, built once for all the guidelint rules that run on it. */

import type { VFile } from 'vfile';
import { matchOutline } from '../match/match-outline.js';
import type { DocumentMatch } from '../match/types.js';
import { outlineFromRemark } from '../outline/from-remark.js';
import type { Outline } from '../outline/types.js';
import type { GuideSchema } from '../template/schema.js';

interface FileState {
  outline: Outline;
  matches: WeakMap<GuideSchema, DocumentMatch>;
}

const states = new WeakMap<VFile, FileState>();

function stateOf(file: VFile): FileState {
  let state = states.get(file);
  if (!state) {
    state = { outline: outlineFromRemark(String(file)), matches: new WeakMap() };
    states.set(file, state);
  }
  return state;
}

/** The outline built from the file's source. */
export function fileOutline(file: VFile): Outline {
  return stateOf(file).outline;
}

/** The file's match against a schema. */
export function fileMatch(file: VFile, schema: GuideSchema): DocumentMatch {
  const state = stateOf(file);
  let match = state.matches.get(schema);
  if (!match) {
    match = matchOutline(state.outline, schema);
    state.matches.set(schema, match);
  }
  return match;
}
