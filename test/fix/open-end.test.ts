/** Issue 17.1: text inserted at the end goes after a code fence or comment left open, which it closes. */
import { describe, expect, it } from '@jest/globals';
import { fixSource } from '../../src/fix/fix-source.js';
import { lintOutline } from '../../src/engine/lint-outline.js';
import { buildOutline } from '../../src/outline/index.js';
import { compileTemplate } from '../../src/template/compile.js';

const schema = compileTemplate('# [Project] Notes\n\n## Summary\n\n[Describe it]\n\n## Details\n\n- [ ] Tested\n', { name: 'notes' });
const fix = (source: string): string => fixSource(source, (text) => lintOutline(buildOutline(text), schema)).output;
const SUMMARY = '# Alpha Notes\n\n## Summary\n\n';
const DETAILS = '## Details\n\n- [ ] Tested\n';

describe('an insertion at the end', () => {
  it.each([
    ['a backtick fence', '```sh\nmake\n', '```sh\nmake\n```\n\n'],
    ['a longer tilde fence, with a shorter one inside', '~~~~ text\n```\n', '~~~~ text\n```\n~~~~\n\n'],
    ['a fence with no final line break', '```\ncode', '```\ncode\n```\n\n'],
    ['an HTML comment', '<!-- note\n', '<!-- note\n-->\n\n'],
  ])('closes %s left open first', (_name, open, closed) => {
    expect(fix(`${SUMMARY}${open}`)).toBe(`${SUMMARY}${closed}${DETAILS}`);
  });

  it('leaves a closed fence and indented code as they are', () => {
    expect(fix(`${SUMMARY}\`\`\`\ncode\n\`\`\`\n`)).toBe(`${SUMMARY}\`\`\`\ncode\n\`\`\`\n\n${DETAILS}`);
    expect(fix(`${SUMMARY}    code\n`)).toBe(`${SUMMARY}    code\n\n${DETAILS}`);
  });

  it('closes a fence before a task item it adds at the end', () => {
    const source = `${SUMMARY}Text.\n\n## Details\n\n\`\`\`\n`;
    expect(fix(source)).toBe(`${source}\`\`\`\n\n- [ ] Tested\n`);
  });
});
