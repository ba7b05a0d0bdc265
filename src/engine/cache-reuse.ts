/**
 * When a document's stored run stands in for linting it (`--cache`).
 *
 * Unlike ESLint, which lints a file with problems again, guidelint stores the findings too and
 * replays them: in a repository whose documents have findings nobody fixes yet, a warm run would
 * otherwise lint most files again. A stored run is reused only while the document's bytes, its plan
 * entry and the run settings (config, `--template`, parser: hashed together), the hash of its
 * template's compiled schema and guidelint's version (the cache's) are all unchanged. A document
 * whose size and modification time are those stored is not read again; otherwise its content hash
 * decides (a `touch` costs one read, not a lint).
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import type { GuideSchema } from '../template/schema.js';
import type { CacheEntry, LintCache } from './cache.js';
import { contentHash, fileStamp, sameStamp } from './content-hash.js';
import type { FileRun, FileSettings } from './lint-file.js';
import type { PlannedFile } from './plan.js';
import type { TemplateLoader } from './template-loader.js';

const selectionHashes = new WeakMap<object, string>();

/**
 * Hash of everything besides the document's bytes and its template's schema that its findings
 * depend on: the run settings and its plan entry. A plan's files share one selection context
 * (config and detection candidates), hashed once. Whether the run wants coverage is left out: a
 * stored run with coverage serves a run without, and `reusableRun` says when one without does not.
 */
export function runSettingsHash(settings: FileSettings, file: PlannedFile): string {
  const { coverage: _coverage, ...findingSettings } = settings;
  const { selection, ...entry } = file;
  let selectionHash = selectionHashes.get(selection);
  if (selectionHash === undefined) {
    selectionHash = contentHash(JSON.stringify(selection));
    selectionHashes.set(selection, selectionHash);
  }
  return contentHash(JSON.stringify([findingSettings, selectionHash, entry]));
}

const schemaHashes = new WeakMap<GuideSchema, string>();

/** A compiled schema's hash; loaders return one object per template, so each is hashed once. */
export function schemaHash(schema: GuideSchema): string {
  let hash = schemaHashes.get(schema);
  if (hash === undefined) {
    hash = contentHash(JSON.stringify(schema));
    schemaHashes.set(schema, hash);
  }
  return hash;
}

/**
 * The stored run of `file` when it is still valid, else undefined; with `coverage`, only one that
 * stored the coverage of a checked document.
 */
export async function reusableRun(
  cache: LintCache,
  file: PlannedFile,
  settingsHash: string,
  loadTemplate: TemplateLoader,
  coverage: boolean,
): Promise<FileRun | undefined> {
  const entry = cache.entry(file.filePath);
  if (entry === undefined || entry.settingsHash !== settingsHash) return undefined;
  if (coverage && entry.outcome.kind === 'checked' && entry.result?.coverage === undefined) return undefined;
  const now = Date.now();
  const stats = statOf(file.filePath);
  if (stats === undefined) return undefined;
  const stamp = fileStamp(stats, now);
  if (!sameStamp(entry.stamp, stamp)) {
    if (!sameContent(file.filePath, entry)) return undefined;
    // Same bytes, new stamp (a `touch`, a checkout): next time the stamp is enough.
    if (stamp !== null) cache.setEntry(file.filePath, { ...entry, stamp });
  }
  if (entry.template !== null) {
    let schema: GuideSchema;
    try {
      schema = await loadTemplate(entry.template);
    } catch {
      // Linting the document again reports the problem in its place.
      return undefined;
    }
    if (schemaHash(schema) !== entry.schemaHash) return undefined;
  }
  const run: FileRun = { outcome: entry.outcome };
  if (entry.result !== null) run.result = entry.result;
  return run;
}

/** The entry that stores a fresh run, or null when the run cannot be reused. */
export async function cacheEntryOf(
  run: FileRun,
  settingsHash: string,
  loadTemplate: TemplateLoader,
): Promise<CacheEntry | null> {
  if (run.reusable === undefined) return null;
  const { contentHash: hash, stamp, template } = run.reusable;
  return {
    contentHash: hash,
    stamp,
    settingsHash,
    template,
    schemaHash: template === null ? null : schemaHash(await loadTemplate(template)),
    outcome: run.outcome,
    result: run.result ?? null,
  };
}

function statOf(filePath: string): Stats | undefined {
  try {
    return statSync(filePath);
  } catch {
    return undefined;
  }
}

function sameContent(filePath: string, entry: CacheEntry): boolean {
  try {
    return contentHash(readFileSync(filePath)) === entry.contentHash;
  } catch {
    return false;
  }
}
