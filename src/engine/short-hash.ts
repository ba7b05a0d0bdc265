/**
 * A short hash of a text for a file name (FNV-1a, 32 bits, hex): no crypto module to load, and a
 * collision only makes two entries share a file, whose content says whose it is.
 */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
