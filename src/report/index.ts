/** Formatter lookup. Each formatter is its own module, imported only when asked for. */
import type { FormatName, Formatter } from './types.js';

export { FORMAT_NAMES, type FormatName, type Formatter, type FormatterContext } from './types.js';

export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).formatStylish;
    case 'json':
      return (await import('./json.js')).formatJson;
    case 'sarif':
      return (await import('./sarif.js')).formatSarif;
    case 'github':
      return (await import('./github.js')).formatGithub;
    case 'junit':
      return (await import('./junit.js')).formatJunit;
  }
}
