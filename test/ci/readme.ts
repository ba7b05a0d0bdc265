/** The README's CI snippets, read as users copy them: the tests run what the README shows. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const README = new URL('../../README.md', import.meta.url);

/** The text of the README's `## <title>` section, up to the next `## ` heading. */
export function readmeSection(title: string): string {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf(`\n## ${title}\n`);
  if (start === -1) throw new Error(`README.md has no "## ${title}" section`);
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end === -1 ? undefined : end);
}

/** The one ```yaml block of the `## CI and pre-commit` section that contains `marker`, as written. */
export function ciSnippet(marker: string): string {
  const blocks = [...readmeSection('CI and pre-commit').matchAll(/^```yaml\n([\s\S]*?)^```$/gmu)].map((match) => match[1]!);
  const found = blocks.filter((block) => block.includes(marker));
  if (found.length !== 1) throw new Error(`expected one yaml block with "${marker}" in README.md, found ${found.length}`);
  return found[0]!;
}

/** A GitHub workflow step, as far as these tests read it. */
export interface WorkflowStep {
  uses?: string;
  run?: string;
  if?: string;
  id?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
}

export interface Workflow {
  jobs: Record<string, { permissions?: Record<string, string>; steps: WorkflowStep[] }>;
}

export function parseWorkflow(text: string): Workflow {
  return parse(text) as Workflow;
}
