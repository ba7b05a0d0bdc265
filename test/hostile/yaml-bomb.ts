/** A billion-laughs YAML alias bomb: nine levels of nine aliases, ~350 bytes, 9^9 strings expanded. */
export function aliasBombYaml(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let level = 1; level < names.length; level++) {
    const alias = `*${names[level - 1]}`;
    lines.push(`${names[level]}: &${names[level]} [${Array(9).fill(alias).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

/** The bomb as a document's frontmatter. */
export function aliasBombFrontmatter(): string {
  return `---\n${aliasBombYaml()}---\n`;
}
