/**
 * A glob from the config as picomatch should read it: a leading `./` dropped, and a trailing `/`
 * naming a folder and everything in it (`drafts/` → `drafts/**`), as in .gitignore.
 */
export function configGlob(glob: string): string {
  const trimmed = glob.startsWith('./') ? glob.slice(2) : glob;
  return trimmed.endsWith('/') ? `${trimmed}**` : trimmed;
}
