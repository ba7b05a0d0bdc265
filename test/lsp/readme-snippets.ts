/** The README's `## Editors` snippets, as users copy them. */
import { readmeSection } from '../ci/readme.js';

/** The section's fenced blocks of one language (`json`, `lua`, `toml`, `js`), as written. */
export function editorSnippets(lang: string): string[] {
  return [...readmeSection('Editors').matchAll(new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, 'gmu'))].map((match) => match[1]!);
}
