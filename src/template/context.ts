/**
 * What the compiler knows about the template while it walks the sections: its Outline, name,
 * which lines are headings and code, and the scan options for headings and bodies.
 */
import type { Outline, Section } from '../outline/types.js';
import { normalizeLinkLabel, type ScanOptions } from './placeholders.js';

export interface TemplateContext {
  outline: Outline;
  templateName: string;
  /** For heading texts: ids with digits and `name.ext` file names are holes too. */
  headingScan: ScanOptions;
  /** For body texts: links through the template's reference definitions are not placeholders. */
  bodyScan: ScanOptions;
  /** 1-based lines of every heading. */
  headingLines: ReadonlySet<number>;
  /** 1-based lines inside code blocks (fence lines excluded). */
  codeLines: ReadonlySet<number>;
}

export function createContext(outline: Outline, templateName: string): TemplateContext {
  const codeLines = codeLineSet(outline);
  const linkLabels = linkDefinitionLabels(outline.lines, codeLines);
  return {
    outline,
    templateName,
    headingScan: { digitIds: true, fileNames: true, linkLabels },
    bodyScan: { linkLabels },
    headingLines: headingLineSet(outline),
    codeLines,
  };
}

/** Every section of the tree below the root, in document order. */
function allSections(outline: Outline): Section[] {
  const sections: Section[] = [];
  const visit = (section: Section): void => {
    for (const child of section.children) {
      sections.push(child);
      visit(child);
    }
  };
  visit(outline.root);
  return sections;
}

function headingLineSet(outline: Outline): Set<number> {
  const lines = new Set<number>();
  for (const section of allSections(outline)) {
    const span = section.heading?.span;
    for (let line = span?.start.line ?? 0; span && line <= span.end.line; line += 1) lines.add(line);
  }
  return lines;
}

const FENCE = /^\s*(?:[>*+-]\s*|\d+[.)]\s*)*(?:```|~~~)/u;

function codeLineSet(outline: Outline): Set<number> {
  const lines = new Set<number>();
  for (const section of [outline.root, ...allSections(outline)]) {
    for (const block of section.body.codeBlocks) {
      const { start, end } = block.span;
      const first = block.fenced ? start.line + 1 : start.line;
      const closed = block.fenced && end.line > start.line && FENCE.test(outline.lines[end.line - 1]);
      const last = closed ? end.line - 1 : end.line;
      for (let line = first; line <= last; line += 1) lines.add(line);
    }
  }
  return lines;
}

const LINK_DEFINITION = /^ {0,3}\[((?:[^\]\\]|\\.)+)\]:\s*\S/u;

/** The labels of the template's link reference definitions (`[kubernetes.io]: https://…`). */
function linkDefinitionLabels(lines: readonly string[], codeLines: ReadonlySet<number>): Set<string> {
  const labels = new Set<string>();
  lines.forEach((line, index) => {
    const match = codeLines.has(index + 1) ? null : LINK_DEFINITION.exec(line);
    if (match) labels.add(normalizeLinkLabel(match[1]));
  });
  return labels;
}

/** True for a link reference definition line. */
export function isLinkDefinition(line: string): boolean {
  return LINK_DEFINITION.test(line);
}
