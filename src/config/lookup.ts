/**
 * Which config applies to a document, as ESLint's and markdownlint-cli2's lookups do it: the
 * nearest config file at or above the document's folder, extending the nearest one above its own
 * folder, and so on up to a config with `root: true` or the file system's root (DESIGN §5).
 * Everything found is kept: a run's documents share their folders' configs.
 */
import { dirname, resolve } from 'node:path';
import { displayPath } from '../files/display-path.js';
import type { ConfigIgnore, ConfigIgnoreLookup } from '../files/ignore.js';
import { checkOwnConfig, configFileIn, readConfigFile, saysRoot } from './config-file.js';
import { extendConfig } from './extend.js';
import type { LoadedConfig } from './types.js';
import { defaultConfig } from './validate.js';

/** The config of a config file (not the defaults). */
export type FoundConfig = LoadedConfig & { filePath: string };

/** Finds the config of the documents in a folder; `names`: the folder's entries, when the caller read them. */
export interface ConfigSource {
  forFolder(dir: string, names?: ReadonlySet<string>): Promise<LoadedConfig>;
}

/** One config for every folder (`--config`). */
export function singleConfig(config: LoadedConfig): ConfigSource {
  return { forFolder: () => Promise.resolve(config) };
}

const ignoreGroups = new WeakMap<LoadedConfig, ConfigIgnore[]>();

/** The `ignore:` globs of each folder's config and of the configs it extends, the same group objects for every folder of a config. */
export function configIgnoreLookup(configs: ConfigSource): ConfigIgnoreLookup {
  return async (dir, names) => {
    const loaded = await configs.forFolder(dir, names);
    let groups = ignoreGroups.get(loaded);
    if (groups === undefined) {
      groups = [
        { dir: loaded.dir, globs: loaded.config.ignore },
        ...(loaded.parents ?? []).map((parent) => ({ dir: dirname(parent.filePath), globs: parent.ignore })),
      ];
      ignoreGroups.set(loaded, groups);
    }
    return groups;
  };
}

export class ConfigLookup implements ConfigSource {
  private readonly nearest = new Map<string, Promise<string | null>>();
  private readonly byFile = new Map<string, Promise<FoundConfig>>();
  /** Shared by every folder without a config, so that their documents share one selection context. */
  private readonly none: LoadedConfig;

  private readonly cwd: string;

  /** `cwd`: what messages show config paths relative to, and the folder of the defaults. */
  constructor(cwd: string) {
    this.cwd = resolve(cwd);
    this.none = { config: defaultConfig(), filePath: null, dir: this.cwd };
  }

  /**
   * The config of the documents in `dir` (absolute); `names`, the folder's entries when the caller
   * has read them, spares looking for absent config files. Rejects with a ConfigError for a config
   * that cannot be used, its own or one it extends.
   */
  async forFolder(dir: string, names?: ReadonlySet<string>): Promise<LoadedConfig> {
    const file = await this.nearestFile(dir, names);
    return file === null ? this.none : this.forConfigFile(file);
  }

  /** A config file's config: it, extending the configs above its folder unless it says `root: true`. */
  forConfigFile(filePath: string): Promise<FoundConfig> {
    let loaded = this.byFile.get(filePath);
    if (loaded === undefined) {
      loaded = this.read(filePath);
      this.byFile.set(filePath, loaded);
      // A config that cannot be used is read again next time (the editor's user is fixing it).
      loaded.catch(() => this.byFile.delete(filePath));
    }
    return loaded;
  }

  private async read(filePath: string): Promise<FoundConfig> {
    const label = displayPath(filePath, this.cwd);
    const dir = dirname(filePath);
    const content = await readConfigFile(filePath, label);
    const parentFile = saysRoot(content) || dirname(dir) === dir ? null : await this.nearestFile(dirname(dir));
    if (parentFile === null) return { config: checkOwnConfig(content, filePath, label).config, filePath, dir };
    const parent = await this.forConfigFile(parentFile);
    return { ...extendConfig(parent, checkOwnConfig(content, filePath, label, parent.config.templates)), filePath };
  }

  private nearestFile(dir: string, names?: ReadonlySet<string>): Promise<string | null> {
    let found = this.nearest.get(dir);
    if (found === undefined) {
      found = configFileIn(dir, this.cwd, names).then((file) =>
        file !== null || dirname(dir) === dir ? file : this.nearestFile(dirname(dir)),
      );
      this.nearest.set(dir, found);
      found.catch(() => this.nearest.delete(dir));
    }
    return found;
  }
}
