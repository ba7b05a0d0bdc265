/**
 * Compiled schemas of user templates, kept between runs beside V8's code cache (launch.ts's
 * start-up folder): a check whose template has not changed since the last run reads its schema
 * instead of loading the compiler and compiling, which was most of a one-file run's own time.
 * An entry holds the template's exact bytes and what else its compile took (name, path, the
 * config's overrides), and is used only while both are the same; the folder names each file by
 * the build, so one build never reads another's schemas.
 */
import type { GuideSchema } from '../template/schema.js';
import { shortHash } from './short-hash.js';
import { templateKey, type LoadableTemplate } from './template-loader.js';

/** Files a run leaves for the next one's start: read whole, written whole or not at all, failures ignored. */
export interface StartupFiles {
  read(name: string): Buffer | undefined;
  write(name: string, data: string | Uint8Array): void;
}

interface StoredSchema {
  key: string;
  /** The template's bytes, as latin1 (one character a byte). */
  template: string;
  schema: GuideSchema;
}

export class SchemaStore {
  constructor(private readonly files: StartupFiles) {}

  /** The schema compiled from the template when its file held `bytes`, if one is kept. */
  stored(template: LoadableTemplate, bytes: Buffer): GuideSchema | undefined {
    const data = this.files.read(fileName(template));
    if (data === undefined) return undefined;
    try {
      const stored = JSON.parse(data.toString('utf8')) as StoredSchema;
      return stored.key === templateKey(template) && stored.template === bytes.toString('latin1') ? stored.schema : undefined;
    } catch {
      return undefined;
    }
  }

  remember(template: LoadableTemplate, bytes: Buffer, schema: GuideSchema): void {
    const stored: StoredSchema = { key: templateKey(template), template: bytes.toString('latin1'), schema };
    this.files.write(fileName(template), JSON.stringify(stored));
  }
}

/** One file per template and overrides: a changed template replaces its entry. */
function fileName(template: LoadableTemplate): string {
  return `schema-${shortHash(templateKey(template))}.json`;
}
