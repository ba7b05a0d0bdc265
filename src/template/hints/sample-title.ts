/**
 * The title as a sample to replace (DESIGN §2b.3). A template H1 with no placeholder is a sample
 * (`# Feature name`, `# Title of RFC`): any H1 satisfies it. In an H1 with placeholders, what
 * follows `ID:` is the author's own title, and the generic words `Title`, `Name`, `Your title`,
 * `Short title` are holes too. A template with several H1s has no title to sample: its H1s are
 * sections.
 *
 * @example
 *   # Feature name                               → example: sample title "Feature name" (line 1)
 *   # ADR-NNNN Title                             → hole: generic title word "Title" (line 1)
 *   # KEP-NNNN: Your short, descriptive title    → hole: title text after "KEP-NNNN:" (line 1)
 */
import type { Hint, HintReader, TemplateDoc, TitleNode } from '../ir.js';

/** `Title`, `Name`, and the same with `your`, `short`, `descriptive` … before them. */
const GENERIC_WORDS =
  /(?<![\p{L}\p{N}])(?:(?:your|the|a|short|brief|descriptive|full)[\s,]+)*(?:title|name)(?![\p{L}\p{N}])/giu;

export const sampleTitle: HintReader = {
  id: 'sample-title',
  kinds: ['title'],
  read(node, doc) {
    if (node.kind !== 'title') return [];
    const line = node.heading.span.start.line;
    if (node.placeholders.length === 0) {
      if (levelOneHeadings(doc) > 1) return [];
      return [{ kind: 'example', source: 'marker', line, why: `sample title "${node.heading.text}"` }];
    }
    return titleHoles(node).map((hole) => ({ ...hole, source: 'marker', line }));
  },
};

function levelOneHeadings(doc: TemplateDoc): number {
  return doc.outline.root.children.filter((section) => section.level === 1 && section.heading !== null).length;
}

type HoleHint = Omit<Extract<Hint, { kind: 'hole' }>, 'source' | 'line'>;

/** The text after `ID:` as one hole (documents write `KEP-2161 : Title` too), else the generic words. */
function titleHoles({ heading: { text }, placeholders }: TitleNode): HoleHint[] {
  const holes: HoleHint[] = [];
  let literalStart = 0;
  for (const [index, placeholder] of placeholders.entries()) {
    holes.push(...genericWords(text, literalStart, placeholder.start));
    const literalEnd = placeholders[index + 1]?.start ?? text.length;
    if (placeholder.kind === 'id' && /^:\s*\S/u.test(text.slice(placeholder.end, literalEnd))) {
      const why = `title text after "${text.slice(placeholder.start, placeholder.end + 1)}"`;
      return [...holes, { kind: 'hole', start: placeholder.end, end: text.length, why }];
    }
    literalStart = placeholder.end;
  }
  return [...holes, ...genericWords(text, literalStart, text.length)];
}

function genericWords(text: string, from: number, to: number): HoleHint[] {
  return [...text.slice(from, to).matchAll(GENERIC_WORDS)].map((match) => ({
    kind: 'hole',
    start: from + match.index,
    end: from + match.index + match[0].length,
    why: `generic title word "${match[0]}"`,
  }));
}
