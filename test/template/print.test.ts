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
});
