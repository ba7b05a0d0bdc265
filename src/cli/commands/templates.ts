/** `guidelint templates`: the built-in templates, one a line, with what each one is for. */
import { BUILTIN_TEMPLATES, type BuiltinTemplateName } from '../../config/templates.js';
import type { CliIo } from '../io.js';

const DESCRIPTIONS: Record<BuiltinTemplateName, string> = {
  'implementation-guide':
    'Guide to building a feature: purpose, prerequisites, steps, testing, troubleshooting, examples',
  'phased-guide': 'Phased rollout plan: pre-flight checks, dependencies, week-by-week phases, testing, rollback',
  'design-doc': 'Design document: status metadata, problem, architecture, alternatives, trade-offs, migration',
  'implementation-spec':
    'Component build spec: stack, API, algorithms, data models, config, security, deployment, operations',
  'task-guide': 'Guide for one ticket (e.g. CHRONO-003): prerequisites, phase checklists, steps, debugging',
};

export function runTemplates(io: CliIo): number {
  const width = Math.max(...BUILTIN_TEMPLATES.map((name) => name.length));
  for (const name of BUILTIN_TEMPLATES) io.stdout.write(`${name.padEnd(width)}  ${DESCRIPTIONS[name]}\n`);
  return 0;
}
