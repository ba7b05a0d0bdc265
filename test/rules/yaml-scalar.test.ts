import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { yamlScalar } from '../../src/lint/field-line.js';

describe('yamlScalar', () => {
  it('keeps identifier- and path-like words plain', () => {
    for (const value of ['adr', 'design-doc', 'YYYY-MM-DD', 'docs/templates/adr.md', '../adr.md', '.hidden', '_draft']) {
      expect(yamlScalar(value)).toBe(value);
    }
  });

  it('quotes keywords, numbers, placeholders, spaces and YAML syntax, and YAML reads each back', () => {
    const values = ['true', 'No', 'null', '.5', '.inf', '1.0', '[Name]', 'Draft | Final', 'a: b', 'x #y', '- item', '', 'my templates/a b.md'];
    for (const value of values) {
      expect(yamlScalar(value)).toBe(JSON.stringify(value));
      expect(parse(`key: ${yamlScalar(value)}`)).toEqual({ key: value });
    }
  });
});
