/**
 * The lockfile a clean clone installs from. `npm ci` refuses a lock that leaves out any package's
 * dependency, optional platform binaries included (those of other platforms too), and `npm install`
 * then adds them: the checkout is no longer clean. npm 11 skips dependencies' install scripts that
 * package.json's `allowScripts` does not decide, and warns about each one on every install.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const project = fileURLToPath(new URL('../../', import.meta.url));

interface LockedPackage {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  hasInstallScript?: boolean;
}

const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockedPackage> };
const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };

/** Where Node (and npm) finds `name` from the package at `from`: its own node_modules, then each one above. */
function locate(name: string, from: string): string | undefined {
  for (let folder = from; ; folder = folder.slice(0, Math.max(0, folder.lastIndexOf('/node_modules/')))) {
    const path = folder === '' ? `node_modules/${name}` : `${folder}/node_modules/${name}`;
    if (path in lock.packages) return path;
    if (folder === '') return undefined;
  }
}

/** The package name at a lock path: `node_modules/a/node_modules/@s/b` → `@s/b`. */
function nameAt(path: string): string {
  return path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

describe('package-lock.json', () => {
  it('locks every dependency of every locked package, each platform’s optional binaries included (npm ci needs them all)', () => {
    const missing: string[] = [];
    for (const [path, locked] of Object.entries(lock.packages)) {
      const wanted = { ...locked.dependencies, ...locked.optionalDependencies, ...(path === '' ? locked.devDependencies : {}) };
      for (const name of Object.keys(wanted)) if (locate(name, path) === undefined) missing.push(`${path || '(root)'} → ${name}`);
    }
    expect(missing).toEqual([]);
  });

  it('has every locked install script decided in package.json’s allowScripts', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([path, locked]) => path !== '' && locked.hasInstallScript === true)
      .map(([path]) => nameAt(path));
    expect(withScripts.length).toBeGreaterThan(0);
    expect(withScripts.filter((name) => manifest.allowScripts?.[name] === undefined)).toEqual([]);
  });
});
