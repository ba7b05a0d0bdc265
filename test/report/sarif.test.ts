import { describe, expect, it } from '@jest/globals';
import type { Log } from 'sarif';
import { makeResult } from '../../src/engine/results.js';
import { FATAL_RULE_ID, formatSarif } from '../../src/report/sarif.js';
import { CONTEXT, RESULTS, RULES_META } from './results.js';
import { validateSarif } from './sarif-validator.js';

function format(results = RESULTS, context = CONTEXT): Log {
  return JSON.parse(formatSarif(results, context)) as Log;
}

describe('sarif', () => {
  it('is valid against the SARIF 2.1.0 schema', () => {
    const valid = validateSarif(format());
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
  });

  it('describes the tool and every rule, the fatal one last', () => {
    const { driver } = format().runs[0]!.tool;
    expect(driver.name).toBe('guidelint');
    expect(driver.version).toBe('1.2.3');
    expect(driver.informationUri).toBe('https://www.npmjs.com/package/guidelint');
    expect(driver.rules?.map((rule) => rule.id)).toEqual([...RULES_META.map((meta) => meta.id), FATAL_RULE_ID]);
    expect(driver.rules?.[1]).toEqual({
      id: 'field-value',
      shortDescription: { text: "A field's value is not allowed" },
      help: { text: "A field's value is not allowed. Default severity: error." },
      helpUri: 'https://github.com/guidelint/guidelint/blob/main/docs/rules/field-value.md',
      defaultConfiguration: { level: 'error' },
    });
    // Every rule links to its page in the repository; the fatal one has no page.
    expect(driver.rules?.map((rule) => rule.helpUri)).toEqual([
      ...RULES_META.map((meta) => `https://github.com/guidelint/guidelint/blob/main/docs/rules/${meta.id}.md`),
      undefined,
    ]);
    expect(driver.rules?.[0]?.help?.text).toBe('A required section is missing. Default severity: error. `guidelint --fix` repairs it.');
    expect(driver.rules?.[3]?.help?.text).toBe('A section the template does not name. Off by default.');
    expect(driver.rules?.[3]?.defaultConfiguration).toEqual({ enabled: false, level: 'none' });
  });

  it('gives each finding a result located relative to %SRCROOT%, percent-encoded', () => {
    const run = format().runs[0]!;
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
    expect(run.columnKind).toBe('utf16CodeUnits');
    const located = (run.results ?? []).map((result) => {
      const location = result.locations?.[0]?.physicalLocation;
      return [result.ruleId, result.ruleIndex, result.level, location?.artifactLocation, location?.region];
    });
    const spaced = { uri: 'docs/my%20design.md', uriBaseId: '%SRCROOT%' };
    expect(located).toEqual([
      ['required-section', 0, 'error', spaced, { startLine: 40, startColumn: 1, endLine: 40, endColumn: 1 }],
      ['field-value', 1, 'error', spaced, { startLine: 3, startColumn: 15, endLine: 3, endColumn: 36 }],
      ['required-label', 2, 'warning', spaced, { startLine: 12, startColumn: 1, endLine: 12, endColumn: 20 }],
      [
        FATAL_RULE_ID,
        4,
        'error',
        { uri: 'docs/image.md', uriBaseId: '%SRCROOT%' },
        { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
      ],
      [
        'required-label',
        2,
        'warning',
        { uri: 'docs/warn.md', uriBaseId: '%SRCROOT%' },
        { startLine: 7, startColumn: 1, endLine: 9, endColumn: 4 },
      ],
    ]);
    expect(run.results?.[1]?.message.text).toBe('Field "Status": "50% done, maybe:\nlater" is not one of Draft, Planning');
  });

  it('keeps an absolute file URI for a file outside the repository', () => {
    const outside = makeResult('/elsewhere/a b.md', 'design-doc', [RESULTS[3]!.messages[0]!]);
    const log = format([outside]);
    expect(validateSarif(log)).toBe(true);
    expect(log.runs[0]!.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({
      uri: 'file:///elsewhere/a%20b.md',
    });
  });
});
