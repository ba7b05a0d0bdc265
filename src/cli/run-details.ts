/**
 * What the conformance formats show besides the results, gathered during a run: the schemas the
 * run compiled (columns come from them, so the report never compiles or lints again), the files it
 * skipped, the config, the time, and where the report goes.
 */
import { dirname, resolve } from 'node:path';
import type { LoadedConfig } from '../config/types.js';
import type { FileOutcome } from '../engine/lint-files.js';
import type { LoadableTemplate, TemplateLoader } from '../engine/template-loader.js';
import type { RunDetails } from '../report/types.js';
import type { GuideSchema } from '../template/schema.js';
import type { CliIo } from './io.js';

/** The schemas a loader gave, by template name, and the file each template was read from. */
export interface LoadedTemplates {
  schemas: Map<string, GuideSchema>;
  paths: Map<string, string>;
}

/** `loader`, keeping each schema it gives in `loaded`. */
export function recordingLoader(loader: TemplateLoader, loaded: LoadedTemplates): TemplateLoader {
  return async (template: LoadableTemplate) => {
    const schema = await loader(template);
    loaded.schemas.set(template.name, schema);
    loaded.paths.set(template.name, template.path);
    return schema;
  };
}

export function runDetails(
  config: LoadedConfig,
  outcomes: readonly FileOutcome[],
  loaded: LoadedTemplates,
  output: string | undefined,
  io: CliIo,
): RunDetails {
  return {
    templates: loaded.schemas,
    skipped: outcomes.flatMap((outcome) => (outcome.kind === 'skipped' ? [{ filePath: outcome.filePath, reason: outcome.reason }] : [])),
    configPath: config.filePath,
    generatedAt: runTime(io.env),
    outputDir: output === undefined ? io.cwd : dirname(resolve(io.cwd, output)),
  };
}

/** Now, or `SOURCE_DATE_EPOCH` (seconds) when set, for reports that build reproducibly. */
export function runTime(env: CliIo['env']): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const seconds = epoch === undefined || !/^\d+$/u.test(epoch) ? Number.NaN : Number(epoch);
  return (Number.isNaN(seconds) ? new Date() : new Date(seconds * 1000)).toISOString();
}
