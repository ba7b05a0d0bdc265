/**
 * Samples a document must not keep (DESIGN §2b.8), besides the placeholders:
 *
 * - the sample title (a title the title reading found to be a sample, `# Feature name`), and a
 *   frontmatter `title:` sample with no placeholder (§2b.3 reads it the same way): only as a whole
 *   H1 or a whole `title` field;
 * - sample people in metadata values: an `@handle` (`@janedoe`, also as a list item `- "@janedoe"`)
 *   or an e-mail address at a domain reserved for examples (`jane@example.com`), only in metadata
 *   values. A team handle (`@org/team`) may name a fixed owner, and other kept values (`TBD`,
 *   `Draft`, `kube-apiserver`) may be what the document means: they do not count.
 */
import type { FieldNode, Typed } from '../ir.js';
import { hasPlaceholder } from '../placeholders.js';
import type { PlaceholderRule } from '../schema.js';
import { fieldKey } from '../text.js';

/** `@` and a handle, not part of an e-mail address and not `@org/team`. */
const HANDLE = /(?<![\p{L}\p{N}_.@/-])@[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?(?![\p{L}\p{N}_/@-])/gu;
/** An address at `example.com`, `.org`, `.net` or under `.example` (RFC 2606). */
const EXAMPLE_EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@(?:[\p{L}\p{N}-]+\.)*(?:example\.(?:com|org|net)|[\p{L}\p{N}-]+\.example)(?![\p{L}\p{N}-])/giu;

export function sampleRules({ doc, title }: Typed): PlaceholderRule[] {
  const rules: PlaceholderRule[] = [];
  const sample = (text: string, scope: 'title' | 'value', line: number): void => {
    rules.push({ text, scope, inCode: false, caseSensitive: false, line });
  };
  if (doc.title && title?.sample.value && doc.title.heading.text !== '') {
    sample(doc.title.heading.text, 'title', doc.title.heading.span.start.line);
  }
  for (const field of doc.fields) {
    if (isTitleSample(field)) sample(field.value, 'title', field.line);
  }
  // The outline's values, which hold a frontmatter list's items too.
  for (const field of doc.outline.metadata) {
    for (const person of samplePeople(field.value)) sample(person, 'value', field.span.start.line);
  }
  return rules;
}

function isTitleSample(field: FieldNode): boolean {
  return field.form === 'frontmatter' && fieldKey(field.key) === 'title' && field.value !== '' && !hasPlaceholder(field.value);
}

function samplePeople(value: string): string[] {
  return [...value.matchAll(EXAMPLE_EMAIL), ...value.matchAll(HANDLE)].map((match) => match[0]);
}
