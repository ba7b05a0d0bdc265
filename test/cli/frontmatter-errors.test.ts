/**
 * Malformed frontmatter (issue 13): unclosed, tab-indented, an unquoted `@` value, a line without
 * `:` — each one fatal message naming the line, and no field findings; a repeated key is one
 * finding per repeat and the document is checked. The other files of the run are still checked.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { makeTree, removeTree } from '../files/tree.js';
import { messagesByFile, runCli } from './run-cli.js';

const TEMPLATE = '---\ntitle: <Proposal title>\nstatus: Draft|Final\nauthor: <name>\n---\n\n# <Proposal title>\n\n## Summary\n\n<summary>\n';
const BODY = '\n# Faster builds\n\n## Summary\n\nCache it.\n';

let root: string;

beforeAll(async () => {
  root = await makeTree({
    '.guidelintrc.yaml': 'documents:\n  - { files: "docs/*.md", template: xip.md }\n',
    'xip.md': TEMPLATE,
    'docs/1-unclosed.md': `---\ntitle: Faster builds\nstatus: Draft\nauthor: Ada\n${BODY}`,
    'docs/2-tab.md': `---\ntitle: Faster builds\n\tstatus: Draft\nauthor: Ada\n---\n${BODY}`,
    'docs/3-at.md': `---\ntitle: Faster builds\nstatus: Draft\nauthor: @ada\n---\n${BODY}`,
    'docs/4-no-colon.md': `---\ntitle: Faster builds\nstatus Draft\nauthor: Ada\n---\n${BODY}`,
    'docs/5-repeated.md': `---\ntitle: Faster builds\nstatus: Draft\nstatus: Final\nauthor: Ada\n---\n${BODY}`,
    'docs/6-fine.md': `---\ntitle: Faster builds\nstatus: Final\n---\n${BODY}`,
  });
});

afterAll(() => removeTree(root));

describe('malformed frontmatter', () => {
  it.each(['remark', 'markdown-it'])('gives each document one clear message, and checks the others (%s)', async (parser) => {
    const run = await runCli(['--parser', parser, '--format', 'json'], { cwd: root });
    const byFile = messagesByFile(run.stdout, root, (m) => `${m.line}:${m.column} ${m.fatal ? 'fatal' : m.ruleId} ${m.message}`);
    expect(byFile).toEqual({
      'docs/1-unclosed.md': [
        '1:1 fatal YAML frontmatter: the "---" that opens it is never closed (add a "---" line after the last key) at line 1, column 1',
      ],
      'docs/2-tab.md': ['3:1 fatal YAML frontmatter: Tabs are not allowed as indentation at line 3, column 1'],
      'docs/3-at.md': ['4:9 fatal YAML frontmatter: Plain value cannot start with reserved character @ at line 4, column 9'],
      'docs/4-no-colon.md': ['3:1 fatal YAML frontmatter: Implicit keys need to be on a single line at line 3, column 1'],
      'docs/5-repeated.md': ['4:1 field-value Field "status" (xip) is given more than once: first at line 3'],
      'docs/6-fine.md': ['4:1 required-field Missing required field "author" (xip)'],
    });
  });
});
