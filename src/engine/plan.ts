/**
 * The run plan: which files to check and how each one's template is chosen. This is the one place
 * that decides both, so that configuration (`documents` globs, `ignore`) extends it here.
 *
 * Order of choice (DESIGN.md §5): `--template`, then the document's frontmatter `template:`,
 * otherwise the file is skipped. A file that is itself its template is never checked.
 */
import { dirname } from 'node:path';
import { UserError } from './errors.js';
import { expandInputs } from './inputs.js';
import { resolveTemplateRef, type TemplateRef } from './templates.js';

export interface PlanRequest {
  cwd: string;
  /** Files, directories and globs from the command line; none means the current directory. */
  inputs: readonly string[];
  /** `--template <name|path>`: the template of every file. */
  template?: string;
}

export interface PlannedFile {
  /** Absolute path. */
  filePath: string;
  /** The template this file follows whatever its frontmatter says (`--template`), or null. */
  forced: TemplateRef | null;
}

export interface SkippedFile {
  filePath: string;
  reason: string;
}

export interface Plan {
  files: PlannedFile[];
  /** Files left out before being read, with the reason (`--verbose` prints it). */
  skipped: SkippedFile[];
}

/** Where a chosen template came from, for `--verbose`. */
export type TemplateVia = 'option' | 'frontmatter';

export type TemplateChoice =
  | { kind: 'template'; template: TemplateRef; via: TemplateVia }
  | { kind: 'skip'; reason: string }
  /** The document names a template that cannot be used: a fatal message for that document. */
  | { kind: 'invalid'; message: string };

/** Expands the inputs and assigns each file its forced template; throws a UserError for bad input. */
export async function planRun(request: PlanRequest): Promise<Plan> {
  const forced = request.template === undefined ? null : resolveTemplateRef(request.template, request.cwd);
  const paths = await expandInputs(request.inputs.length > 0 ? request.inputs : ['.'], request.cwd);
  const plan: Plan = { files: [], skipped: [] };
  for (const filePath of paths) {
    if (forced !== null && filePath === forced.path) {
      plan.skipped.push({ filePath, reason: `it is the template "${forced.name}"` });
    } else {
      plan.files.push({ filePath, forced });
    }
  }
  return plan;
}

/**
 * Chooses a read document's template from its plan entry and the value of its frontmatter's
 * `template` key (undefined when it has none). A frontmatter path is relative to the document.
 */
export function chooseTemplate(file: PlannedFile, frontmatterTemplate: unknown): TemplateChoice {
  if (file.forced !== null) return { kind: 'template', template: file.forced, via: 'option' };
  if (frontmatterTemplate === undefined || frontmatterTemplate === null) {
    return { kind: 'skip', reason: 'no --template and no "template:" in its frontmatter' };
  }
  if (typeof frontmatterTemplate !== 'string' || frontmatterTemplate.trim() === '') {
    return { kind: 'invalid', message: 'Frontmatter "template" must be a template name or path' };
  }
  let template: TemplateRef;
  try {
    template = resolveTemplateRef(frontmatterTemplate.trim(), dirname(file.filePath));
  } catch (error) {
    if (error instanceof UserError) return { kind: 'invalid', message: `Frontmatter ${error.message}` };
    throw error;
  }
  if (template.path === file.filePath) return { kind: 'skip', reason: 'it is its own template' };
  return { kind: 'template', template, via: 'frontmatter' };
}
