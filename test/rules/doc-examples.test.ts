/**
 * Each rule's doc comment carries an example, remark-lint style: a template, a passing and a
 * failing document, and the failing document's findings (`line:column message`). This runs them.
 */

import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { rules } from '../../rules/index.js';
import { compileExample, runRule } from './rule-tester.js';

interface Example {
  template: string;
  valid: string;
  invalid: string;
  findings: string;
}

/** The fenced blocks after `@template`, `@valid`, `@invalid` and `@findings` in the file's first doc comment. */
function exampleOf(file: URL): Example {
  const source = readFileSync(file, 'utf8');
  const comment = /\/\*\*([\s\S]*?)\*\//u.exec(source)![1]!.replace(/^[ \t]*\* ?/gmu, '');
  const blocks: Record<string, string> = {};
  for (const found of comment.matchAll(/@(\w+)\n```\w*\n([\s\S]*?)\n```/gu)) blocks[found[1]!] = `${found[2]!}\n`;
  return { template: blocks.template!, valid: blocks.valid!, invalid: blocks.invalid!, findings: blocks.findings! };
}

describe('rule doc comment examples', () => {
  for (const rule of rules) {
    it(rule.meta.id, () => {
      const example = exampleOf(new URL(`../../rules/${rule.meta.id}.ts`, import.meta.url));
      const schema = compileExample(example.template);
      expect(runRule(rule, schema, example.valid)).toEqual([]);
      const findings = runRule(rule, schema, example.invalid).map((report) => `${report.line}:${report.column} ${report.message}`);
      expect(findings).toEqual(example.findings.trimEnd().split('\n'));
    });
  }
});
