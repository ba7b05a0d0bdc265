/**
 * JUnit XML: one test case per checked file. A file with errors fails, listing all its findings; a
 * document that could not be read is an `<error>`; a file with warnings only passes and lists them
 * in `<system-out>`.
 */
import type { LintResult } from '../engine/results.js';
import type { Finding } from '../lint/types.js';
import type { Formatter } from './types.js';
import { relativePosix } from './paths.js';

export const formatJunit: Formatter = (results, context) => {
  const failures = results.filter((result) => result.errorCount > result.fatalErrorCount).length;
  const errors = results.filter((result) => result.fatalErrorCount > 0).length;
  const counts = `tests="${results.length}" failures="${failures}" errors="${errors}"`;
  const cases = results.map((result) => testCase(result, relativePosix(result.filePath, context.cwd)));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="guidelint" ${counts}>`,
    `  <testsuite name="guidelint" ${counts} skipped="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};

function testCase(result: LintResult, file: string): string {
  const open = `    <testcase name="${escapeXmlAttribute(file)}" classname="${escapeXmlAttribute(result.template ?? 'guidelint')}" time="0"`;
  if (result.messages.length === 0) return `${open}/>`;
  const details = escapeXmlText(result.messages.map((message) => findingLine(file, message)).join('\n'));
  const summary = escapeXmlAttribute(problemSummary(result));
  let body: string;
  if (result.fatalErrorCount > 0) body = `<error message="${summary}" type="fatal">${details}</error>`;
  else if (result.errorCount > 0) body = `<failure message="${summary}" type="error">${details}</failure>`;
  else body = `<system-out>${details}</system-out>`;
  return `${open}>\n      ${body}\n    </testcase>`;
}

function findingLine(file: string, message: Finding): string {
  const severity = message.severity === 2 ? 'error' : 'warning';
  const rule = message.ruleId === null ? '' : ` (${message.ruleId})`;
  return `${file}:${message.line}:${message.column}: ${severity}: ${message.message}${rule}`;
}

function problemSummary(result: LintResult): string {
  const parts = [
    result.errorCount > 0 ? `${result.errorCount} error${result.errorCount === 1 ? '' : 's'}` : '',
    result.warningCount > 0 ? `${result.warningCount} warning${result.warningCount === 1 ? '' : 's'}` : '',
  ];
  return parts.filter((part) => part !== '').join(', ');
}

/** Characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/U+FFFF): replaced by U+FFFD. */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escapes element content. */
export function escapeXmlText(text: string): string {
  return text.replace(NOT_XML, '\ufffd').replace(/[&<>]/g, (char) => XML_ENTITIES[char] as string);
}

/** Escapes an attribute value: quotes too, and line breaks and tabs as references so they survive. */
export function escapeXmlAttribute(text: string): string {
  return text.replace(NOT_XML, '\ufffd').replace(/[&<>"'\t\n\r]/g, (char) => XML_ENTITIES[char] as string);
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
