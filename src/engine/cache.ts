/**
 * The `--cache` file (`.guidelintcache`, as ESLint has `.eslintcache`): for each document, what its
 * last run found, and the compiled schemas of the templates those runs used. When a stored run may
 * be reused is cache-reuse.ts's to say; this module reads, keeps and writes the file.
 *
 * A cache file that is unreadable, corrupt, from another guidelint version or not guidelint's is
 * ignored and rewritten, never an error; so is an entry that does not fit the format. It is written
 * atomically (a temporary file, then a rename), and only when something changed.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { SelectedTemplate } from '../config/select.js';
import { replaceFileAtomicSync } from '../files/atomic-write.js';
import type { GuideSchema } from '../template/schema.js';
import { readCoverage, readFindings, storeCoverage, storeFindings, TextTable, type StoredCoverage, type StoredFinding } from './cache-texts.js';
import type { FileStamp } from './content-hash.js';
import { describeFsError, UserError } from './errors.js';
import type { FileOutcome } from './lint-file.js';
import { makeResult, type LintResult } from './results.js';
import { templateKey, type LoadableTemplate } from './template-loader.js';

/** The cache file's name when `--cache-location` is not given, or names a folder. */
export const DEFAULT_CACHE_FILE = '.guidelintcache';

/** Marks a guidelint cache and the layout of its entries; another value is a foreign file. */
const CACHE_FORMAT = 'guidelint-cache/2';

/** One document's last run. */
export interface CacheEntry {
  contentHash: string;
  /** The document's size and modification time when it was read; null: too recent to trust. */
  stamp: FileStamp | null;
  /** Hash of the run settings and the document's plan entry (`runSettingsHash`). */
  settingsHash: string;
  /** The template it was checked against, and the hash of that template's compiled schema. */
  template: SelectedTemplate | null;
  schemaHash: string | null;
  outcome: FileOutcome;
  result: LintResult | null;
}

/** An entry as the file holds it: the result's file path is the key, its texts are in the table. */
interface StoredEntry extends Omit<CacheEntry, 'result'> {
  result: { template: string | null; messages: StoredFinding[]; coverage?: StoredCoverage } | null;
}

/** A template's compiled schema, valid while the template file's content hash is the same. */
interface CompiledTemplate {
  templateHash: string;
  schema: GuideSchema;
}

interface CacheData {
  format: typeof CACHE_FORMAT;
  version: string;
  texts: string[];
  templates: Record<string, CompiledTemplate>;
  files: Record<string, StoredEntry>;
}

export class LintCache {
  readonly location: string;
  private readonly version: string;
  private table: TextTable;
  private templates: Record<string, CompiledTemplate>;
  private files: Record<string, StoredEntry>;
  /** True when the file on disk differs from what is kept here (or is not a usable cache). */
  private changed: boolean;
  /** Documents of this run: they exist, so `save` need not look for them. */
  private readonly seen = new Set<string>();

  private constructor(location: string, version: string, data: CacheData | null) {
    this.location = location;
    this.version = version;
    this.table = new TextTable(data?.texts);
    this.templates = data?.templates ?? {};
    this.files = data?.files ?? {};
    this.changed = data === null;
  }

  /** Reads the cache at `location` for guidelint `version`; anything unusable gives an empty cache. */
  static open(location: string, version: string): LintCache {
    return new LintCache(location, version, readCacheData(location, version));
  }

  /** The stored schema of a template whose file still has `templateHash`. */
  compiledTemplate(template: LoadableTemplate, templateHash: string): GuideSchema | undefined {
    const stored = this.templates[templateKey(template)];
    return stored?.templateHash === templateHash ? stored.schema : undefined;
  }

  rememberTemplate(template: LoadableTemplate, templateHash: string, schema: GuideSchema): void {
    this.templates[templateKey(template)] = { templateHash, schema };
    this.changed = true;
  }

  /** The document's entry, or undefined when there is none or it does not fit the format. */
  entry(filePath: string): CacheEntry | undefined {
    this.seen.add(filePath);
    const stored = this.files[filePath];
    return stored === undefined ? undefined : readEntry(filePath, stored, this.table);
  }

  setEntry(filePath: string, entry: CacheEntry): void {
    this.seen.add(filePath);
    this.files[filePath] = storeEntry(entry, this.table);
    this.changed = true;
  }

  deleteEntry(filePath: string): void {
    if (!Object.hasOwn(this.files, filePath)) return;
    delete this.files[filePath];
    this.changed = true;
  }

  /**
   * Writes the cache when it changed, leaving out documents that no longer exist, and templates
   * and texts nothing uses any more. Throws a UserError when the file cannot be written.
   */
  save(): void {
    if (!this.changed) return;
    const table = new TextTable();
    const files: Record<string, StoredEntry> = {};
    const used = new Set<string>();
    for (const [filePath, stored] of Object.entries(this.files)) {
      const entry = readEntry(filePath, stored, this.table);
      if (entry === undefined || !(this.seen.has(filePath) || existsSync(filePath))) continue;
      files[filePath] = storeEntry(entry, table);
      if (entry.template !== null) used.add(templateKey(entry.template));
    }
    const templates = Object.fromEntries(Object.entries(this.templates).filter(([key]) => used.has(key)));
    const data: CacheData = { format: CACHE_FORMAT, version: this.version, texts: table.texts, templates, files };
    writeAtomically(this.location, JSON.stringify(data));
    [this.table, this.templates, this.files, this.changed] = [table, templates, files, false];
  }
}

/**
 * The cache file `--cache-location` names, relative to `cwd`: a folder (an existing one, or a path
 * ending in a separator) holds `.guidelintcache`; without the option, `cwd` does.
 */
export function cacheFilePath(cwd: string, location: string | undefined): string {
  if (location === undefined) return join(cwd, DEFAULT_CACHE_FILE);
  const path = resolve(cwd, location);
  return /[\\/]$/.test(location) || isFolder(path) ? join(path, DEFAULT_CACHE_FILE) : path;
}

function storeEntry({ result, ...entry }: CacheEntry, table: TextTable): StoredEntry {
  return {
    ...entry,
    result:
      result === null
        ? null
        : {
            template: result.template,
            messages: storeFindings(result.messages, table),
            ...(result.coverage ? { coverage: storeCoverage(result.coverage, table) } : {}),
          },
  };
}

function readEntry(filePath: string, stored: StoredEntry, table: TextTable): CacheEntry | undefined {
  if (!isStoredEntry(stored)) return undefined;
  const { result, ...entry } = stored;
  if (result === null) return { ...entry, result: null };
  try {
    const coverage = result.coverage === undefined ? undefined : readCoverage(result.coverage, table);
    return { ...entry, result: makeResult(filePath, result.template, readFindings(result.messages, table), coverage) };
  } catch {
    return undefined;
  }
}

function readCacheData(location: string, version: string): CacheData | null {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(location, 'utf8'));
  } catch {
    return null;
  }
  if (!isRecord(data) || data['format'] !== CACHE_FORMAT || data['version'] !== version) return null;
  const { texts, templates, files } = data;
  if (!Array.isArray(texts) || !texts.every((text) => typeof text === 'string')) return null;
  return isRecord(templates) && isRecord(files) ? (data as unknown as CacheData) : null;
}

/** Checks the fields a replay reads; the findings are checked as they are read. */
function isStoredEntry(value: unknown): value is StoredEntry {
  if (!isRecord(value) || typeof value['contentHash'] !== 'string' || typeof value['settingsHash'] !== 'string') return false;
  const { stamp, template, schemaHash, outcome, result } = value;
  const stampOk = stamp === null || (isRecord(stamp) && [stamp['size'], stamp['mtimeMs']].every((n) => typeof n === 'number'));
  const templateOk = template === null ? schemaHash === null : isRecord(template) && typeof schemaHash === 'string';
  const outcomeOk = isRecord(outcome) && ['checked', 'fatal', 'skipped'].includes(String(outcome['kind']));
  const resultOk = result === null || (isRecord(result) && Array.isArray(result['messages']));
  return stampOk && templateOk && outcomeOk && resultOk;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A temporary file beside the target, then a rename: a reader never sees half a cache. */
function writeAtomically(path: string, text: string): void {
  makeFolder(dirname(path));
  try {
    replaceFileAtomicSync(path, text);
  } catch (error) {
    throw new UserError(`cannot write the cache "${path}": ${describeFsError(error)}`);
  }
}

function makeFolder(path: string): void {
  try {
    mkdirSync(path, { recursive: true });
  } catch {
    // Writing into it then says why it cannot be made (a parent that is a file: ENOTDIR).
  }
}
