/**
 * The metadata rule (DESIGN §2, Metadata): the template's frontmatter keys and its `**Key:** value`
 * lines (plain, in a blockquote, between `---` rules) or `- Key: value` list before the first `##`.
 */
import type { MetadataField, Outline } from '../outline/types.js';
import type { FieldRule, MetadataRule } from './schema.js';
import { commentSaysOptional, commentsAfter, readAnnotations } from './annotations.js';
import { inferField, readFrontmatterLines } from './fields.js';

type Form = MetadataRule['form'];

interface TemplateField {
  form: Form;
  key: string;
  value: string;
  line: number;
  /** Marked optional by a comment (a YAML comment in frontmatter, an annotation after the line). */
  optionalByComment: boolean;
}

export function compileMetadata(outline: Outline, templateName: string): MetadataRule | null {
  const fields = [...frontmatterFields(outline), ...bodyFields(outline, templateName)];
  if (fields.length === 0) return null;
  const rules: FieldRule[] = [];
  const seen = new Set<string>();
  for (const field of fields) {
    const key = fieldKey(field.key);
    if (seen.has(key)) continue;
    seen.add(key);
    const inferred = inferField(field.value);
    rules.push({
      key: field.key,
      required: inferred.required && !field.optionalByComment,
      type: inferred.type,
      templateValue: field.value,
      line: field.line,
    });
  }
  return { form: fields[0].form, line: fields[0].line, fields: rules };
}

/** Keys compare case-insensitively, with spaces, `-` and `_` equal. */
export function fieldKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]+/gu, ' ').trim();
}

/**
 * Template frontmatter is read line by line: its values are placeholders (`{YYYY-MM-DD when …}`,
 * `"{proposed | … | superseded by ADR-0123"`) that YAML reads as mappings or refuses.
 */
function frontmatterFields(outline: Outline): TemplateField[] {
  const frontmatter = outline.frontmatter;
  if (frontmatter === null) return [];
  const firstLine = frontmatter.span.start.line + 1;
  return readFrontmatterLines(frontmatter.raw).map((line) => ({
    form: 'frontmatter',
    key: line.key,
    value: line.value,
    line: firstLine + line.index,
    optionalByComment: line.optionalByComment,
  }));
}

function bodyFields(outline: Outline, templateName: string): TemplateField[] {
  return outline.metadata
    .filter((field) => field.form !== 'frontmatter')
    .map((field) => {
      const line = field.span.start.line;
      const comments = commentsAfter(outline, field.span.end.line);
      return {
        form: formOf(outline, field),
        key: field.key,
        value: field.value.replace(/<!--[\s\S]*?-->/gu, '').trim(),
        line,
        optionalByComment:
          readAnnotations(comments, templateName).optional ||
          comments.some((comment) => comment.span.start.line === line && commentSaysOptional(comment)),
      };
    });
}

/** `<!-- guidelint: closed -->` after a metadata line closes the whole document to unknown sections. */
export function metadataClosesDocument(outline: Outline, templateName: string): boolean {
  return outline.metadata
    .filter((field) => field.form !== 'frontmatter')
    .some((field) => readAnnotations(commentsAfter(outline, field.span.end.line), templateName).closed);
}

function formOf(outline: Outline, field: MetadataField): Form {
  if (field.form === 'list') return 'list';
  return /^\s*>/u.test(outline.lines[field.span.start.line - 1]) ? 'blockquote' : 'bold';
}
