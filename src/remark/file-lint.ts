/**
 * What every guidelint rule plugin on a processor shares: each plugin only says which rule it
 * wants, at what level, from which source (the config, or one template: sources.ts); one step
 * lints each file once per source, and one step reports the wanted rules' findings as remark-lint
 * messages (messages.ts).
 *
 * The lint step is asynchronous (it reads configs and compiles templates); the report step is
 * synchronous and comes last, with the `lint` comment filter after it. unified-engine (remark-cli)
 * lets a file that already has a fatal message skip the wait for the other files, so a file that
 * got one in a step of its own, with another file's wait already over, would wait forever: the
 * messages are added in the last steps, at once.
 */
import type { Root } from 'mdast';
import remarkLint from 'remark-lint';
import remarkMessageControl from 'remark-message-control';
import type { Plugin, Processor } from 'unified';
import type { VFile } from 'vfile';
import { ruleDocsUrl } from '../engine/rule-docs.js';
import type { RuleId } from '../lint/types.js';
import type { GuideSchema } from '../template/schema.js';
import { addMessage } from './messages.js';
import { OptionError, type Level, type RuleSettings } from './options.js';
import { lintFrom, resolveSource, sourceKey, type ResolvedSource, type SourceLint } from './sources.js';

interface Wanted {
  source: ResolvedSource;
  levels: Map<RuleId, Exclude<Level, 'off'>>;
}

/** Per processor (remark-cli makes one per file): the wanted rules, by source. */
const wantedRules = new WeakMap<Processor, Map<string | GuideSchema, Wanted>>();
/** The processors the shared steps were added to (once each: a preset adds ~17 rules per file). */
const withSteps = new WeakSet<Processor>();
/** Per processor: what was wrong with the options given, reported on every file. */
const optionErrors = new WeakMap<Processor, Set<string>>();
/** Per file: what the lint step found, for the report step. */
const linted = new WeakMap<VFile, Array<{ wanted: Wanted; lint: SourceLint }>>();

/**
 * Says that `processor` runs rule `ruleId` at `settings` (or an OptionError, what is wrong with the
 * options given for it), and adds the shared steps (once, however many rules ask): lint, report,
 * the `lint` comment filter for guidelint's messages, and remark-lint (whose filter serves its own
 * rules). A malformed option becomes a fatal message on each file, one line in remark-cli's report,
 * where an error thrown while attaching would be a stack trace under "Cannot process file".
 */
export function useRule(processor: Processor, ruleId: RuleId, settings: RuleSettings | OptionError): void {
  if (!withSteps.has(processor)) {
    withSteps.add(processor);
    processor.use(guidelintLint).use(guidelintReport).use(guidelintLintComments).use(remarkLint);
  }
  if (settings instanceof OptionError) {
    addOptionError(processor, settings);
    return;
  }
  let byKey = wantedRules.get(processor);
  if (byKey === undefined) {
    byKey = new Map();
    wantedRules.set(processor, byKey);
  }
  // A later setting for the same rule (a per-rule plugin listed after the preset) wins.
  for (const wanted of byKey.values()) wanted.levels.delete(ruleId);
  if (settings.level !== 'off') {
    const key = sourceKey(settings.source);
    let wanted = byKey.get(key);
    if (wanted === undefined) {
      let source: ResolvedSource;
      try {
        source = resolveSource(settings.source);
      } catch (error) {
        if (!(error instanceof OptionError)) throw error;
        addOptionError(processor, error);
        return;
      }
      wanted = { source, levels: new Map() };
      byKey.set(key, wanted);
    }
    wanted.levels.set(ruleId, settings.level);
  }
}

function addOptionError(processor: Processor, error: OptionError): void {
  let errors = optionErrors.get(processor);
  if (errors === undefined) {
    errors = new Set();
    optionErrors.set(processor, errors);
  }
  errors.add(error.message);
}

/** Lints the file once for each source its processor's rules want. */
const guidelintLint: Plugin<[], Root> = function (this: Processor) {
  const processor = this;
  return async (_tree, file) => {
    const wanted = [...(wantedRules.get(processor)?.values() ?? [])].filter((entry) => entry.levels.size > 0);
    linted.set(file, await Promise.all(wanted.map(async (entry) => ({ wanted: entry, lint: await lintFrom(entry.source, entry.levels, file) }))));
  };
};

/** Adds the wanted findings as messages with the fields remark-lint's rules give theirs (ruleId, source, fatal by level), and `url` to the rule's page. */
const guidelintReport: Plugin<[], Root> = function (this: Processor) {
  const processor = this;
  return (_tree, file) => {
    for (const error of optionErrors.get(processor) ?? []) {
      const message = file.message(error, { source: 'guidelint', ruleId: 'options' });
      message.fatal = true;
    }
    for (const { wanted, lint } of linted.get(file) ?? []) {
      for (const finding of lint.findings) {
        if (finding.ruleId === null) {
          addMessage(file, lint.outline, finding, finding.severity === 2);
          continue;
        }
        const level = wanted.levels.get(finding.ruleId);
        if (level === undefined) continue;
        const message = addMessage(file, lint.outline, finding, level === 'on' ? finding.severity === 2 : level === 'error');
        message.ruleId = finding.ruleId;
        message.url = ruleDocsUrl(finding.ruleId) ?? undefined;
      }
    }
    linted.delete(file);
  };
};

/**
 * `<!--lint disable|enable|ignore rule-id-->` for guidelint's rules, as remark-lint has it for its
 * own. A file with no guidelint message (most files) is not walked again: remark-lint's own filter
 * already reports a malformed comment.
 */
const guidelintLintComments: Plugin<[], Root> = function () {
  const control = remarkMessageControl({ name: 'lint', source: 'guidelint' });
  return (tree, file) => {
    if (file.messages.some((message) => message.source === 'guidelint')) control(tree, file);
  };
};

