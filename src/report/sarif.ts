/**
 * SARIF 2.1.0, for GitHub code scanning. Locations are relative to the repository root under the
 * `%SRCROOT%` base; a document that could not be read is a result of the `guidelint/fatal` rule, so
 * that it shows on the file like any other finding. Each rule's `helpUri` is its page in the repository.
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { ruleDocsUrl } from '../engine/rule-docs.js';
import type { Finding, RuleMeta } from '../lint/types.js';
import { pathToUriReference, relativePosix } from './paths.js';
import type { Formatter } from './types.js';

const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://www.npmjs.com/package/guidelint';
const SOURCE_ROOT = '%SRCROOT%';
export const FATAL_RULE_ID = 'guidelint/fatal';

export const formatSarif: Formatter = (results, context) => {
  const rules = [...context.rulesMeta.map(ruleDescriptor), fatalDescriptor()];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const sarifResults: Result[] = [];
  for (const result of results) {
    const location = artifactLocation(result.filePath, context.rootDir);
    for (const message of result.messages) {
      const ruleId = message.ruleId ?? FATAL_RULE_ID;
      sarifResults.push({
        ruleId,
        ruleIndex: ruleIndex.get(ruleId) ?? -1,
        level: message.severity === 2 ? 'error' : 'warning',
        message: { text: message.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(message) } }],
      });
    }
  }
  const log: Log = {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'guidelint',
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: directoryUri(context.rootDir) } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return sarifText(log);
};

/** A log as guidelint writes it: what `merge` writes too, so that a merged log is the whole run's byte for byte. */
export function sarifText(log: Log): string {
  return `${JSON.stringify(log, null, 2)}\n`;
}

function ruleDescriptor(meta: RuleMeta): ReportingDescriptor {
  const helpUri = ruleDocsUrl(meta.id);
  return {
    id: meta.id,
    shortDescription: { text: meta.description },
    help: { text: helpText(meta) },
    ...(helpUri === null ? {} : { helpUri }),
    defaultConfiguration:
      meta.defaultSeverity === 'off'
        ? { enabled: false, level: 'none' }
        : { level: meta.defaultSeverity === 'error' ? 'error' : 'warning' },
  };
}

/** The description, then what a user deciding about the rule wants to know: its default and its fix. */
function helpText(meta: RuleMeta): string {
  const severity = meta.defaultSeverity === 'off' ? 'Off by default.' : `Default severity: ${meta.defaultSeverity}.`;
  const fix = meta.fixable ? ' `guidelint --fix` repairs it.' : '';
  return `${meta.description}. ${severity}${fix}`;
}

function fatalDescriptor(): ReportingDescriptor {
  const text = 'The document could not be read: binary, not valid UTF-8, or broken frontmatter';
  return { id: FATAL_RULE_ID, shortDescription: { text }, help: { text }, defaultConfiguration: { level: 'error' } };
}

/** Relative to the root under `%SRCROOT%`; a file outside the root keeps its absolute file URI. */
function artifactLocation(filePath: string, rootDir: string): { uri: string; uriBaseId?: string } {
  const relativePath = relativePosix(filePath, rootDir);
  if (relativePath.startsWith('../') || isAbsolute(relativePath)) return { uri: pathToFileURL(filePath).href };
  return { uri: pathToUriReference(relativePath), uriBaseId: SOURCE_ROOT };
}

function region(message: Finding): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  return {
    startLine: message.line,
    startColumn: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
  };
}

/** A directory's file URI, ending with `/` as SARIF requires of a base URI. */
function directoryUri(directory: string): string {
  const href = pathToFileURL(directory).href;
  return href.endsWith('/') ? href : `${href}/`;
}
