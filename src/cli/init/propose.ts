/**
 * `guidelint init`'s proposal, from a scan of the repository: which Markdown files are templates
 * of the user's own, what to name them, and which folders of documents follow which template.
 */

/** What the scan knows of one Markdown file. */
export interface ScannedFile {
  /** Relative to the repository folder, `/`-separated. */
  path: string;
  /** Its frontmatter names a template (`template:`): it needs no `documents` entry. */
  declared: boolean;
  /** The template its headings match best (see `detectTemplate`), or null. */
  detected: string | null;
}

/** One `documents` entry: a folder whose documents all follow one template. */
export interface FolderMapping {
  /** `docs/design/**\/*.md`, or `docs/design/*.md` for a folder's own files only. */
  glob: string;
  template: string;
  /** The documents the glob covers. */
  paths: string[];
}

/**
 * Distinct placeholders of two or more words (`[Feature Name]`, `<Component Name>`, `{decision
 * outcome}`) that make a Markdown file look like a template: documents mention a `[T]` or
 * `<NAME>`, seldom five different phrases in brackets.
 */
export const TEMPLATE_MIN_PLACEHOLDERS = 5;
/** And at least one of them per this many non-blank lines (templates: 2 to 10; documents: 20 and more). */
export const TEMPLATE_LINES_PER_PLACEHOLDER = 15;

/**
 * A file under a `templates/` (or `template/`, `_templates/`) folder, one named like a template
 * (`template.md`, `0000-template.md`, `adr-template.md`), or one full of placeholders.
 */
export function looksLikeTemplate(path: string, placeholders: number, nonBlankLines: number): boolean {
  const segments = path.split('/');
  const base = segments[segments.length - 1]!.replace(/\.(?:md|markdown)$/iu, '');
  if (segments.slice(0, -1).some((folder) => /^_?templates?$/iu.test(folder))) return true;
  if (/^(?:[a-z0-9]+[-_])?template$/iu.test(base)) return true;
  return placeholders >= TEMPLATE_MIN_PLACEHOLDERS && placeholders * TEMPLATE_LINES_PER_PLACEHOLDER >= nonBlankLines;
}

/**
 * Names for template files, in their order: the file's base name without a leading number and a
 * `template` suffix (`docs/templates/adr.md` → `adr`, `rfcs/0000-template.md` → `rfcs`,
 * `keps/NNNN-kep-template/README.md` → `kep`), made unique with `-2`, `-3`…
 */
export function templateNames(paths: readonly string[]): string[] {
  const taken = new Set<string>();
  return paths.map((path) => {
    const base = nameFromPath(path);
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
    taken.add(name);
    return name;
  });
}

function nameFromPath(path: string): string {
  const segments = path.split('/');
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i]!.replace(/\.(?:md|markdown)$/iu, '');
    if (/^(?:readme|index)$/iu.test(segment)) continue;
    const name = slug(segment.replace(/^(?:\d+|n+|x+)[-_]/iu, '').replace(/[-_. ]?templates?$/iu, ''));
    if (name !== '' && !/^_?templates?$/iu.test(name)) return name;
  }
  return 'template';
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** Share of a folder's documents that must match its template when the rest match none (`README.md`, an odd one out). */
export const FOLDER_MIN_SHARE = 2 / 3;

/**
 * Maps folders to templates: the outermost folders (never the repository's top, where README and
 * the like live) whose documents all follow one template. Where they disagree, a folder of files
 * only (no subfolders) is still mapped when most of them follow one template and the others none;
 * otherwise its own files and its subfolders are tried apart. Documents whose frontmatter names
 * their template neither vote nor disagree: a folder holding only those is not mapped, and a
 * mapping goes no higher than the folder that holds all its voters (`docs/design/`, not `docs/`
 * when `docs/tasks/` holds only documents that name their template).
 */
export function proposeDocuments(files: readonly ScannedFile[]): FolderMapping[] {
  const mappings: FolderMapping[] = [];
  const map = (glob: string, template: string, covered: readonly ScannedFile[]): void => {
    mappings.push({ glob: globFor(glob, covered), template, paths: covered.map((file) => file.path) });
  };
  const visit = (folder: string, under: readonly ScannedFile[]): void => {
    const own = under.filter((file) => parentOf(file.path) === folder);
    if (folder !== '') {
      const template = sharedTemplate(under, own.length === under.length ? FOLDER_MIN_SHARE : 1);
      if (template !== null) {
        const base = commonFolder(under.filter((file) => !file.declared).map((file) => parentOf(file.path)));
        return map(`${base}/**/`, template, under.filter((file) => file.path.startsWith(`${base}/`)));
      }
      const ownTemplate = sharedTemplate(own, FOLDER_MIN_SHARE);
      if (ownTemplate !== null) map(`${folder}/`, ownTemplate, own);
    }
    const children = new Map<string, ScannedFile[]>();
    for (const file of under) {
      if (parentOf(file.path) === folder) continue;
      const name = (folder === '' ? file.path : file.path.slice(folder.length + 1)).split('/')[0]!;
      const child = folder === '' ? name : `${folder}/${name}`;
      children.set(child, [...(children.get(child) ?? []), file]);
    }
    for (const [child, files] of [...children].sort(([a], [b]) => (a < b ? -1 : 1))) visit(child, files);
  };
  visit('', files);
  return mappings;
}

/**
 * The template that at least `minShare` of the undeclared files detect, when no file detects
 * another one; null when there is none, or no undeclared file.
 */
function sharedTemplate(files: readonly ScannedFile[], minShare: number): string | null {
  const votes = files.filter((file) => !file.declared).map((file) => file.detected);
  const detected = new Set(votes.filter((vote) => vote !== null));
  if (detected.size !== 1) return null;
  const [template] = detected as Set<string>;
  const share = votes.filter((vote) => vote === template).length / votes.length;
  return share >= minShare ? template! : null;
}

/** The deepest folder holding all of these folders. */
function commonFolder(folders: readonly string[]): string {
  const [first, ...rest] = folders.map((folder) => folder.split('/'));
  let length = first!.length;
  for (const segments of rest) {
    let same = 0;
    while (same < Math.min(length, segments.length) && segments[same] === first![same]) same++;
    length = same;
  }
  return first!.slice(0, length).join('/');
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

function globFor(prefix: string, files: readonly ScannedFile[]): string {
  const markdown = files.some((file) => /\.markdown$/iu.test(file.path)) ? '*.{md,markdown}' : '*.md';
  return `${prefix}${markdown}`;
}
