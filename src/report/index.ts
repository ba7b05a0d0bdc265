/** Formatter lookup. Each formatter is its own module, imported only when asked for. */
import type { FormatName, Formatter } from './types.js';

export { CONFORMANCE_FORMATS, FORMAT_NAMES, readsCoverage, type FormatName, type Formatter, type FormatterContext, type RunDetails } from './types.js';

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
    case 'html':
      return (await import('./conformance/formatters.js')).formatHtml;
    case 'markdown':
      return (await import('./conformance/formatters.js')).formatMarkdown;
    case 'conformance-json':
      return (await import('./conformance/formatters.js')).formatConformanceJson;
  }
}
