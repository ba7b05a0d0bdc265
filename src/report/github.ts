/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), which GitHub shows as
 * annotations on the pull request. Paths are relative to the repository root, as GitHub expects.
 */
import type { Finding } from '../lint/types.js';
import { escapeControlCharacters, escapeControlCharactersButLineBreaks } from './control-characters.js';
import { relativePosix } from './paths.js';
import type { Formatter } from './types.js';

export const formatGithub: Formatter = (results, context) => {
  let output = '';
  for (const result of results) {
    // The Actions log renders ANSI sequences: document text and file names must not bring their own.
    const file = escapeControlCharacters(relativePosix(result.filePath, context.rootDir));
    for (const message of result.messages) output += `${command(file, message)}\n`;
  }
  return output;
};

function command(file: string, message: Finding): string {
  const properties = [
    ['file', file],
    ['line', String(message.line)],
    ['col', String(message.column)],
    ['endLine', String(message.endLine)],
    ['endColumn', String(message.endColumn)],
    ['title', message.ruleId === null ? 'guidelint' : `guidelint (${message.ruleId})`],
  ]
    .map(([key, value]) => `${key}=${escapeProperty(value as string)}`)
    .join(',');
  const kind = message.severity === 2 ? 'error' : 'warning';
  return `::${kind} ${properties}::${escapeData(escapeControlCharactersButLineBreaks(message.message))}`;
}

/** GitHub's escaping of a command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub's escaping of a command's property value: the message's, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
