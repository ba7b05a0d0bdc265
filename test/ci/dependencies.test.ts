/**
 * `npm ls` shows no unused runtime dependency: scripts/dependencies.mjs finds every runtime
 * dependency imported by the shipped code (src/, rules/, bin/), and every package that code
 * imports for its values declared as one.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../scripts/dependencies.mjs', import.meta.url));
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
const { dependencyProblems } = (await import(script)) as { dependencyProblems: (manifest?: unknown) => string[] };

describe('runtime dependencies', () => {
  it('are all used by the shipped code, and are all it imports', () => {
    expect(execFileSync(process.execPath, [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).toBe('');
    expect(dependencyProblems()).toEqual([]);
  });

  it('are checked both ways: one declared but never imported, one imported but not declared', () => {
    const { yaml: _yaml, ...rest } = manifest.dependencies;
    expect(dependencyProblems({ dependencies: { ...rest, 'left-pad': '1.3.0' } })).toEqual([
      'unused runtime dependency: left-pad (nothing under src, rules, bin imports it)',
      expect.stringMatching(/^yaml is imported by src\/\S+\.ts but is not a runtime dependency$/u),
    ]);
  });
});
