/**
 * One copy of each text a run's findings repeat. Documents written from one template miss the same
 * sections, so their messages and the template text their fixes insert repeat across files: on
 * 2,538 corpus documents, 6.5 MB of fix text held 131 distinct texts, and 2.5 MB of messages 680.
 * Results cloned from worker threads, or built per document, would keep a copy each.
 */
import type { Finding } from '../lint/types.js';
import type { FileRun } from './lint-file.js';

/** Returns a function that makes a run's texts the run-wide copies (in place) and returns the run. */
export function createTextInterner(): (run: FileRun) => FileRun {
  const texts = new Map<string, string>();
  const intern = (text: string): string => {
    const known = texts.get(text);
    if (known !== undefined) return known;
    texts.set(text, text);
    return text;
  };
  const internFinding = (finding: Finding): void => {
    finding.message = intern(finding.message);
    if (finding.fix) finding.fix.text = intern(finding.fix.text);
    for (const suggestion of finding.suggestions ?? []) {
      suggestion.desc = intern(suggestion.desc);
      suggestion.fix.text = intern(suggestion.fix.text);
    }
  };
  return (run) => {
    const { outcome, result } = run;
    if (outcome.kind === 'checked') outcome.template = intern(outcome.template);
    if (outcome.kind !== 'fatal') outcome.reason = intern(outcome.reason);
    if (result) {
      if (result.template !== null) result.template = intern(result.template);
      result.messages.forEach(internFinding);
    }
    return run;
  };
}
