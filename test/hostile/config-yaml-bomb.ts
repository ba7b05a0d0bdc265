/**
 * Issue 17.3 (the config): a YAML alias bomb in a config file stops the run with one line naming
 * the file, exit code 2, as any other bad YAML does; never "internal error".
 */
import { describe, expect, it } from '@jest/globals';
import { builtCliOnTree } from './built-cli.js';
import { aliasBombYaml } from './yaml-bomb.js';

const BOMB = 'bad YAML: Excessive alias count indicates a resource exhaustion attack';

const cli = builtCliOnTree({
  '.guidelintrc.yml': `${aliasBombYaml()}detect: true\n`,
  'config/guidelint.config.yaml': `detect: true\n${aliasBombYaml()}`,
  'doc.md': '# Notes\n',
});
const runOf = cli.runsInOneProcess({
  discovered: ['doc.md'],
  named: ['--config', 'config/guidelint.config.yaml', 'doc.md'],
});

describe('an alias bomb in the config', () => {
  it('found by discovery is a config error naming the file', async () => {
    const run = await runOf('discovered');
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `guidelint: .guidelintrc.yml: ${BOMB}\n`]);
  });

  it('named with --config is a config error naming the file', async () => {
    const run = await runOf('named');
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `guidelint: config/guidelint.config.yaml: ${BOMB}\n`]);
  });
});
