/**
 * `guidelint rules` lists the rules; `guidelint explain <rule-id>` prints one rule's page,
 * docs/rules/<id>.md, shipped with the package (generated from the rule's doc comment by
 * scripts/rule-docs.mjs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../../rules/index.js';
import { closestMatch } from '../../config/errors.js';
import { packageRoot } from '../../config/package-root.js';
import { UserError } from '../../engine/errors.js';
import type { RuleMeta } from '../../lint/types.js';
import type { ExplainCommand } from '../args.js';
import type { CliIo } from '../io.js';

export function runRules(io: CliIo): number {
  const metas = rules.map((rule) => rule.meta);
  const width = Math.max(...metas.map((meta) => meta.id.length));
  for (const meta of metas) io.stdout.write(`${meta.id.padEnd(width)}  ${meta.defaultSeverity.padEnd(5)}  ${repair(meta)}  ${meta.description}\n`);
  io.stdout.write("\nfix: guidelint --fix repairs what the rule finds. guidelint explain <rule-id> prints a rule's documentation.\n");
  return 0;
}

/** `fix` when `--fix` repairs it, `   ` otherwise: a fixed-width column. */
function repair(meta: RuleMeta): string {
  return meta.fixable ? 'fix' : '   ';
}

export function runExplain(command: ExplainCommand, io: CliIo): number {
  const ids = rules.map((rule) => rule.meta.id);
  if (!ids.includes(command.rule as RuleMeta['id'])) {
    const closest = closestMatch(command.rule, ids);
    throw new UserError(`unknown rule "${command.rule}"${closest ? `; did you mean "${closest}"?` : ''} (guidelint rules lists them)`);
  }
  const page = readFileSync(join(packageRoot(), 'docs', 'rules', `${command.rule}.md`), 'utf8');
  // The generator's note is for the repository's readers.
  io.stdout.write(page.replace(/^<!--[\s\S]*?-->\n\n/u, ''));
  return 0;
}
