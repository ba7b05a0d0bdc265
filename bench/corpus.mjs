// Builds the benchmark corpora from ../shared/corpora: each corpus keeps its own template, and a
// per-folder guidelint config and markdownlint config (MD043 only, from the same template's headings).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPORA = ['rust-rfcs', 'k8s-keps', 'madr'];

export function listMarkdown(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.md') && !entry.parentPath.includes('templates')) {
      out.push(join(entry.parentPath, entry.name));
    }
  }
  return out.sort();
}

/** The ATX headings of a template, as MD043 wants them, with `*` between so extra sections pass. */
function md043Headings(template) {
  const headings = [];
  let fenced = false;
  for (const line of template.split('\n')) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced && /^#{1,6} /.test(line)) headings.push(line.trim(), '*');
  }
  return ['*', ...headings];
}

/**
 * Writes `copies` copies of every corpus under `root` (root/copy-N/<corpus>/*.md), the three
 * templates under root/templates, a .guidelintrc.json mapping each corpus folder to its template
 * and a .markdownlint.jsonc per corpus folder. Returns the number of documents written.
 */
export function buildCorpus(sharedCorpora, root, copies, only = CORPORA) {
  mkdirSync(join(root, 'templates'), { recursive: true });
  const config = { templates: {}, documents: [], ignore: ['templates/**'] };
  let count = 0;
  for (const corpus of only) {
    const templatePath = join(sharedCorpora, corpus, 'template.md');
    copyFileSync(templatePath, join(root, 'templates', `${corpus}.md`));
    config.templates[corpus] = `templates/${corpus}.md`;
    config.documents.push({ files: `**/${corpus}/**/*.md`, template: corpus });
    const markdownlint = JSON.stringify({ default: false, MD043: { headings: md043Headings(readFileSync(templatePath, 'utf8')) } });
    const docs = readdirSync(join(sharedCorpora, corpus, 'docs')).filter((name) => name.endsWith('.md'));
    for (let copy = 0; copy < copies; copy++) {
      const dir = join(root, `copy-${copy}`, corpus);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, '.markdownlint.jsonc'), markdownlint);
      for (const name of docs) copyFileSync(join(sharedCorpora, corpus, 'docs', name), join(dir, name));
      count += docs.length;
    }
  }
  writeFileSync(join(root, '.guidelintrc.json'), `${JSON.stringify(config, null, 2)}\n`);
  writeFileSync(join(root, '.markdownlint-cli2.jsonc'), JSON.stringify({ ignores: ['templates/**'] }));
  return count;
}
