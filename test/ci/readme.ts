/** The README's CI snippets, read as users copy them: the tests run what the README shows. */
import { execFileSync } from 'node:child_process';
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

/** The ```<lang> blocks of the README's `## <title>` section, as written. */
export function readmeBlocks(title: string, lang: string): string[] {
  const fence = new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, 'gmu');
  return [...readmeSection(title).matchAll(fence)].map((match) => match[1]!);
}

/** A full commit SHA: what the README pins the hook and the Action to while no release is tagged. */
export const COMMIT_SHA = /^[0-9a-f]{40}$/u;

/**
 * Whether the commit `sha` of this repository holds `path`; null when the clone does not have that
 * commit (a shallow CI checkout).
 */
export function commitHolds(sha: string, path: string): boolean | null {
  const git = (...args: string[]): boolean => {
    try {
      execFileSync('git', args, { cwd: new URL('../../', import.meta.url), stdio: 'pipe' });
      return true;
    } catch {
      return false;
    }
  };
  if (!git('cat-file', '-e', `${sha}^{commit}`)) return null;
  return git('cat-file', '-e', `${sha}:${path}`);
}
