// Each rule's documentation page, docs/rules/<id>.md, generated from the rule's doc comment and
// its meta in rules/<id>.ts: what `guidelint explain <id>` prints, shipped with the package, and a
// page the repository shows. `node scripts/rule-docs.mjs` writes them; with `--check` it only exits
// 1 when a committed page is not what the rules generate (a test runs it).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const rulesDir = new URL('../rules/', import.meta.url);
const docsDir = new URL('../docs/rules/', import.meta.url);

/** What the doc comment's example blocks are, in the page. */
const EXAMPLE_PARTS = { template: 'The template', valid: 'A document that passes', invalid: 'A document that fails', findings: 'Its findings' };

/** One meta field's value as written: `id: 'checklist'`, `fixable: true`. */
function metaField(source, field, file) {
  const found = new RegExp(`^\\s+${field}: (?:'((?:[^'\\\\]|\\\\.)*)'|(true|false)),$`, 'mu').exec(source);
  if (!found) throw new Error(`${file}: no "${field}" in the rule's meta`);
  return found[1] === undefined ? found[2] === 'true' : found[1].replace(/\\(.)/gu, '$1');
}

/** The page of the rule in `file` (a name under rules/). */
function rulePage(file) {
  const source = readFileSync(new URL(file, rulesDir), 'utf8');
  const comment = /^\/\*\*([\s\S]*?)\*\//u.exec(source);
  if (!comment) throw new Error(`${file}: no doc comment at the top`);
  const text = comment[1].replace(/^[ \t]*\* ?/gmu, '').trim();
  const [prose, ...tagged] = text.split(/^@(?=\w+\n)/mu);
  const id = metaField(source, 'id', file);
  const severity = metaField(source, 'defaultSeverity', file);
  const fixable = metaField(source, 'fixable', file);
  const suggestions = metaField(source, 'hasSuggestions', file);
  const repairs = [fixable ? '`--fix` repairs it' : null, suggestions ? 'editors offer suggestions' : null].filter(Boolean);
  const lines = [
    `<!-- Generated from rules/${file} by scripts/rule-docs.mjs: do not edit. -->`,
    '',
    `# ${id}`,
    '',
    `${metaField(source, 'description', file)}.`,
    '',
    `Default severity: ${severity}. ${repairs.length > 0 ? `${repairs.join('; ')}.` : 'No automatic repair.'}`,
    '',
    prose.trim(),
  ];
  if (tagged.length > 0) lines.push('', '## Example');
  for (const part of tagged) {
    const [, tag, block] = /^(\w+)\n([\s\S]*)$/u.exec(part);
    if (!(tag in EXAMPLE_PARTS)) throw new Error(`${file}: unknown doc tag @${tag}`);
    lines.push('', `${EXAMPLE_PARTS[tag]}:`, '', block.trim());
  }
  return { id, text: `${lines.join('\n')}\n` };
}

const pages = readdirSync(rulesDir)
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .sort()
  .map(rulePage);

if (process.argv.includes('--check')) {
  const stale = pages.filter(({ id, text }) => {
    try {
      return readFileSync(new URL(`${id}.md`, docsDir), 'utf8') !== text;
    } catch {
      return true;
    }
  });
  const extra = (existsSync(docsDir) ? readdirSync(docsDir) : []).filter((file) => !pages.some(({ id }) => file === `${id}.md`));
  for (const { id } of stale) process.stderr.write(`docs/rules/${id}.md is not what rules/${id}.ts generates\n`);
  for (const file of extra) process.stderr.write(`docs/rules/${file} documents no rule\n`);
  if (stale.length + extra.length > 0) {
    process.stderr.write('run `node scripts/rule-docs.mjs` to write the rule pages again\n');
    process.exit(1);
  }
} else {
  mkdirSync(docsDir, { recursive: true });
  for (const { id, text } of pages) writeFileSync(new URL(`${id}.md`, docsDir), text);
}
