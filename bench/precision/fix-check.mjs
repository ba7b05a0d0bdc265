#!/usr/bin/env node
// Is --fix safe on real documents? Per corpus, on a temporary copy of its docs: `check`, `--fix`,
// `check` again, `--fix` again (all `--template <corpus>/template.md --format json`, no config), then
//   - files changed by the first --fix; findings before and after it, by rule;
//   - FAIL new findings of another rule: after the fix, a finding (rule + message) the document did
//     not have before, of a rule none of whose findings in that document carried a fix, on a line
//     the document had before, where no finding of that rule stood before (a re-worded finding on
//     the same line is the same problem); findings on the lines the fix wrote (the template's text of a
//     missing section, its placeholders and guidance, to fill in) are counted apart, as intended;
//   - FAIL duplicated headings: a heading (level, emphasis and an `(optional)`-style marker ignored)
//     that a fixed file holds more often than before, and more than once;
//   - FAIL second --fix: any file it changes (a fix must leave nothing for the next one);
//   - FAIL a run of the CLI that gives no JSON report.
//
//   node bench/precision/fix-check.mjs [--cli <cli>] [--keep]
//
// --cli as in summary.mjs; --keep leaves the temporary copies for a look (their folder is printed).
// Exit 1 when anything fails; 2, with one line, when the corpora or the CLI are absent.
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkCorpus, cliRunner, fail, findCorpora, findingsOf, formatByRule, tally } from './corpora.mjs';

const SCRIPT = 'fix-check';
const EXAMPLES = 5;
let options;
try {
  options = parseArgs({ options: { cli: { type: 'string' }, keep: { type: 'boolean' } } }).values;
} catch (error) {
  fail(SCRIPT, error.message);
}
const cli = cliRunner(SCRIPT, options.cli);
const corpora = findCorpora(SCRIPT);
const workDir = mkdtempSync(join(tmpdir(), 'guidelint-fix-check-'));

let failed = false;
for (const corpus of corpora) {
  const problems = checkFix(corpus);
  failed ||= problems.length > 0;
  for (const line of problems) console.log(`  FAIL ${line}`);
}
if (options.keep) console.log(`copies kept in ${workDir}`);
else rmSync(workDir, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;

/** Runs check, --fix, check, --fix on a copy of one corpus; prints its summary, returns what failed. */
function checkFix(corpus) {
  const docs = join(workDir, corpus.name);
  cpSync(corpus.docs, docs, { recursive: true });
  // The corpora may be read-only, and --fix rightly refuses a read-only file: the copies are ours.
  for (const name of readdirSync(docs)) chmodSync(join(docs, name), 0o644);
  const original = readDocs(docs);
  const runs = [[], ['--fix'], [], ['--fix']].map((extra, i) => {
    const run = checkCorpus(cli, corpus, { docs, extra });
    if (i % 2 === 1) run.files = readDocs(docs);
    return run;
  });
  const [before, fix, after, refix] = runs;
  const errors = runs.filter((run) => run.error);
  if (errors.length > 0) {
    console.log(`${corpus.name}: could not run`);
    return errors.map((run) => `CLI gave no report (${run.error})`);
  }
  const changed = [...fix.files.keys()].filter((name) => fix.files.get(name) !== original.get(name));
  const [was, now] = [tally(before.report), tally(after.report)];
  console.log(`${corpus.name}: ${was.docs} docs, first --fix changed ${changed.length}; ` +
    `findings ${was.findings} → ${now.findings}\n  before: ${formatByRule(was.byRule)}\n  after:  ${formatByRule(now.byRule)}`);

  const problems = [];
  const report = (what, items) => {
    if (items.length === 0) return;
    const docsHit = new Set(items.map((item) => item.split(':')[0])).size;
    const more = items.length > EXAMPLES ? `; … ${items.length - EXAMPLES} more` : '';
    problems.push(`${what}: ${items.length} in ${docsHit} docs — ${items.slice(0, EXAMPLES).join('; ')}${more}`);
  };
  const fresh = newFindings(findingsOf(before.report, docs), findingsOf(after.report, docs), original, fix.files);
  const inserted = fresh.filter((finding) => onWrittenLine(finding, original, fix.files));
  if (inserted.length > 0) console.log(`  on the lines --fix wrote (template text to fill in): ${inserted.length}`);
  report('new findings of another rule', fresh.filter((finding) => !inserted.includes(finding)).map(describeFinding));
  report('duplicated headings', changed.flatMap((name) => duplicatedHeadings(original.get(name), fix.files.get(name))
    .map((heading) => `${name}: "${heading}"`)));
  report('changed by the second --fix', [...refix.files.keys()].filter((name) => refix.files.get(name) !== fix.files.get(name)));
  return problems;
}

function readDocs(dir) {
  return new Map(readdirSync(dir, { recursive: true }).filter((name) => /\.(md|markdown)$/.test(name))
    .map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

/**
 * The findings after the fix that are new, of a rule whose findings had no fix there. A finding of
 * the same rule on the same line (by its text: the fix moves lines) as one before is not new even
 * when its message changed: it is the same problem described from the fixed document (a section
 * out of order is "expected after" a section the fix wrote).
 */
function newFindings(was, now, original, fixed) {
  const seen = new Map();
  const seenOnLine = new Set();
  const fixedRules = new Set();
  for (const f of was) {
    const key = `${f.document}\n${f.ruleId}\n${f.message}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    seenOnLine.add(`${f.document}\n${f.ruleId}\n${lineOf(original, f)}`);
    if (f.fix) fixedRules.add(`${f.document}\n${f.ruleId}`);
  }
  const fresh = [];
  for (const f of now) {
    const key = `${f.document}\n${f.ruleId}\n${f.message}`;
    if (seen.get(key) > 0) seen.set(key, seen.get(key) - 1);
    else if (seenOnLine.has(`${f.document}\n${f.ruleId}\n${lineOf(fixed, f)}`)) continue;
    else if (!fixedRules.has(`${f.document}\n${f.ruleId}`)) fresh.push(f);
  }
  return fresh;
}

/** The text of a finding's line in one version of the documents. */
function lineOf(texts, finding) {
  return texts.get(finding.document)?.split(/\r\n|\r|\n/)[finding.line - 1] ?? '';
}

/** Headings the fixed text holds more often than the original, and more than once. */
function duplicatedHeadings(original, fixed) {
  const [was, now] = [headingCounts(original), headingCounts(fixed)];
  return [...now].filter(([name, n]) => n > Math.max(was.get(name) ?? 0, 1)).map(([name]) => name);
}

/** ATX and setext headings outside fenced code and HTML comments, by normalized text, with how often each occurs. */
function headingCounts(text) {
  const counts = new Map();
  const add = (heading) => {
    const name = heading.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().replace(/:$/, '')
      .replace(/\s*(?:[([]\s*(?:optional|if applicable)\s*[)\]]|-\s*optional)$/i, '').toLowerCase();
    counts.set(name, (counts.get(name) ?? 0) + 1);
  };
  let fence = null;
  let previous = '';
  let inComment = false;
  for (const line of text.split(/\r?\n/)) {
    // A commented-out heading (`<!--` … `## Drawbacks` … `-->`) is no heading.
    if (!fence && (inComment || /^\s*<!--/.test(line))) {
      inComment = !line.includes('-->');
      previous = '';
      continue;
    }
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    const closes = fence && marker?.[0] === fence[0] && marker.length >= fence.length;
    if (closes || (!fence && marker)) {
      fence = closes ? null : marker;
      previous = '';
      continue;
    }
    if (fence) continue;
    const atx = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (atx) add(atx[1] ?? '');
    else if (/^ {0,3}(=+|-+)[ \t]*$/.test(line) && previous.trim() && !/^\s*([-*+>|]|\d+[.)])/.test(previous)) add(previous);
    previous = atx ? '' : line;
  }
  return counts;
}

function describeFinding(f) {
  return `${f.document}: ${f.ruleId ?? 'fatal'} "${f.message}"`;
}

/** The finding stands on a line of the fixed document that the original does not have: one --fix wrote. */
function onWrittenLine(finding, original, fixed) {
  const line = fixed.get(finding.document)?.split(/\r\n|\r|\n/)[finding.line - 1];
  if (line === undefined || line.trim() === '') return false;
  return !new Set(original.get(finding.document)?.split(/\r\n|\r|\n/)).has(line);
}

