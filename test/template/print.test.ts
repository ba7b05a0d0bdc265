import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { compileTemplate } from '../../src/template/compile.js';
import { printSchema } from '../../src/template/print.js';

const schema = compileTemplate('# [Name] Guide\n\n**Status:** [Draft/Done]\n\n## Steps\n\n### Step 1: [Do]\n', { name: 'mini' });

describe('printSchema', () => {
  it('prints JSON with a 2-space indent and a trailing newline', () => {
    const json = printSchema(schema, 'json');
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.split('\n').slice(0, 3)).toEqual(['{', '  "schemaVersion": 1,', '  "template": "mini",']);
    expect(JSON.parse(json)).toEqual(schema);
  });

  it('prints YAML that reads back as the same schema', () => {
    const yaml = printSchema(schema, 'yaml');
    expect(yaml.startsWith('schemaVersion: 1\ntemplate: mini\n')).toBe(true);
    expect(yaml.endsWith('\n')).toBe(true);
    expect(parse(yaml)).toEqual(schema);
  });

  it('prints the template as a person reads it, each decision a hint made with its reason', () => {
    const template = [
      '# Feature name',
      '- Status: Draft | Accepted',
      '- Reviewer: [Name] (optional)',
      '## Summary',
      'What changes.',
      '## Alternatives [optional]',
      '[Other designs.]',
      '## Checks',
      '- [ ] Tests pass',
      '- [ ] Docs updated (if needed)',
      '### Scenario 1:',
      '### Scenario 2:',
    ].join('\n\n');
    expect(printSchema(compileTemplate(template, { name: 'rfc' }), 'text')).toBe(
      [
        'Template "rfc"',
        '',
        'Title: # Feature name  (line 1; any H1)',
        '  because sample: sample title "Feature name" (line 1)',
        '',
        'Fields (list, line 3):',
        '  Status: required, one of "Draft", "Accepted"  (line 3)',
        '  Reviewer: optional, text  (line 5)',
        '    because optional: value marker "(optional)" (line 5)',
        '',
        'Sections:',
        '  ## Summary  required  (line 7)',
        '  ## Alternatives [optional]  optional  (line 11)',
        '    because optional: heading marker "[optional]" (line 11)',
        '  ## Checks  required  (line 15)',
        '    task item "Tests pass": required',
        '    task item "Docs updated (if needed)": optional',
        '      because optional: item says "if needed" (line 19)',
        '    ### Scenario {n}  optional, sample entries: 0 or more, numbered as the document likes  (line 21)',
        '      because optional: numbered heading with nothing after its number "Scenario 1:" (line 21)',
        '',
        'Placeholders: 4 texts a document must not keep, e.g. Feature name, Draft | Accepted, [Name], [Other designs.]',
        '',
      ].join('\n'),
    );
  });

  it('says when the fields are closed', () => {
    const closed = compileTemplate('# [Name]\n\n**Status:** [Draft/Done]\n<!-- guidelint: closed -->\n\n## Steps\n', { name: 'mini' });
    expect(printSchema(closed, 'text').split('\n').slice(4, 7)).toEqual([
      'Fields (bold, line 3; closed: no other field allowed):',
      '  Status: required, one of "Draft", "Done"  (line 3)',
      '',
    ]);
  });
});
