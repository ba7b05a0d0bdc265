import { describe, expect, it } from '@jest/globals';
import { FORMAT_NAMES, loadFormatter } from '../../src/report/index.js';
import { formatGithub } from '../../src/report/github.js';
import { formatJson } from '../../src/report/json.js';
import { formatJunit } from '../../src/report/junit.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatStylish } from '../../src/report/stylish.js';
import { formatConformanceJson, formatHtml, formatMarkdown } from '../../src/report/conformance/formatters.js';

describe('loadFormatter', () => {
  it('loads the formatter of each format name', async () => {
    const loaded = await Promise.all(FORMAT_NAMES.map((name) => loadFormatter(name)));
    expect(loaded).toEqual([formatStylish, formatJson, formatSarif, formatGithub, formatJunit, formatHtml, formatMarkdown, formatConformanceJson]);
  });
});
