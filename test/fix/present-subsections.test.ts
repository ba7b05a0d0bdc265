/** `--fix` never writes a second copy of a section the document already has (issue 12). */
import { describe, expect, it } from '@jest/globals';
import { lintOutline } from '../../src/engine/lint-outline.js';
import { fixSource } from '../../src/fix/fix-source.js';
import { buildOutline } from '../../src/outline/index.js';
import { compileTemplate } from '../../src/template/compile.js';

const template = [
  '# [Title]',
  '## Proposal',
  '[What changes.]',
  '## Design Details',
  '[How.]',
  '### Test Plan',
  '[Which tests.]',
  '### Rollout',
  '[Which releases.]',
].join('\n\n');

describe('--fix and sections present elsewhere', () => {
  it('inserts a missing section without the subsection the document wrote under another parent', () => {
    const schema = compileTemplate(template, { name: 'kep' });
    const doc = '# Faster builds\n\n## Proposal\n\nCache it.\n\n### Test Plan\n\nUnit tests.\n';
    const fixed = fixSource(doc, (text) => lintOutline(buildOutline(text), schema));
    expect(fixed.output).toBe(
      '# Faster builds\n\n## Proposal\n\nCache it.\n\n### Test Plan\n\nUnit tests.\n\n## Design Details\n\n[How.]\n\n### Rollout\n\n[Which releases.]\n',
    );
    expect(fixed.output.match(/### Test Plan/gu)).toHaveLength(1);
  });
});
