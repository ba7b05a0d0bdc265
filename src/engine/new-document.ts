/**
 * The text of a new document written from a template (`guidelint new`): the template's text, its
 * title placeholder filled in when a title is given, and a frontmatter `template:` naming the
 * template when nothing else would choose it for the document.
 */
import { yamlScalar } from '../lint/field-line.js';
import type { GuideSchema } from '../template/schema.js';
import { findPlaceholders } from '../template/compile.js';
import { UserError } from './errors.js';

export interface NewDocumentOptions {
  /** Replaces the title's placeholder. */
  title?: string;
  /** The `template:` value to add to the frontmatter, or null when the config already chooses the template. */
  frontmatterTemplate: string | null;
}

export function newDocument(templateText: string, schema: GuideSchema, options: NewDocumentOptions): string {
  const titled = options.title === undefined ? templateText : withTitle(templateText, schema, options.title);
  return options.frontmatterTemplate === null ? titled : withTemplateKey(titled, options.frontmatterTemplate);
}

/**
 * Replaces a sample title (`# Feature name`) whole; else the title's first `[…]`, `<…>` or `{…}`
 * placeholder (`# [Feature Name] Guide`), else its first token or id (`# Implementation Guide:
 * CHRONO-003`), by the title.
 */
function withTitle(text: string, schema: GuideSchema, title: string): string {
  if (schema.title === null) throw new UserError(`--title: template "${schema.template}" has no title (H1) to fill in`);
  const lines = text.split('\n');
  const index = schema.title.line - 1;
  const line = lines[index]!;
  const sample = schema.title.display;
  if (schema.placeholders.some((rule) => rule.scope === 'title' && rule.text === sample) && line.includes(sample)) {
    lines[index] = line.replace(sample, title);
    return lines.join('\n');
  }
  const holes = findPlaceholders(line, { digitIds: true });
  const hole = holes.find((placeholder) => ['bracket', 'angle', 'curly'].includes(placeholder.kind)) ?? holes[0];
  if (hole === undefined) {
    throw new UserError(`--title: the title of template "${schema.template}" (${schema.title.display}) has no placeholder to fill in`);
  }
  lines[index] = line.slice(0, hole.start) + title + line.slice(hole.end);
  return lines.join('\n');
}

const FRONTMATTER_OPENING = /^---\r?\n/u;

/** Adds `template: <ref>` as the first key of the frontmatter, opening one when there is none. */
function withTemplateKey(text: string, ref: string): string {
  const line = `template: ${yamlScalar(ref)}`;
  const opening = FRONTMATTER_OPENING.exec(text);
  if (opening !== null) return `${opening[0]}${line}\n${text.slice(opening[0].length)}`;
  return `---\n${line}\n---\n\n${text}`;
}
