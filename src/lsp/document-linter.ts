/**
 * Lints an editor's text as `guidelint check` would lint the file: the config found upward from the
 * document's folder (extending those above it), the configs' `ignore`, the template chosen as the CLI chooses it (frontmatter, then
 * `documents`, then `detect`), the template's severities and overrides. Configs, ignore rules and
 * compiled templates are kept until `invalidate` (a config, ignore or template file changed), or
 * until `refresh` finds a config or template file it read modified since.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { detectionCandidate, type DetectionCandidate } from '../config/detect.js';
import { ConfigError } from '../config/errors.js';
import { CONFIG_FILE_NAMES } from '../config/load.js';
import { ConfigLookup, configIgnoreLookup } from '../config/lookup.js';
import { entryDir, findTemplate, templateOfFile, type SelectedTemplate } from '../config/select.js';
import { knownTemplateNames } from '../config/templates.js';
import type { LoadedConfig } from '../config/types.js';
import { createCachedTemplateLoader } from '../engine/cached-template-loader.js';
import { oneLine, UserError } from '../engine/errors.js';
import { lintOutline } from '../engine/lint-outline.js';
import { chooseTemplate, type PlannedFile } from '../engine/plan.js';
import { fatalFinding } from '../engine/results.js';
import type { TemplateLoader } from '../engine/template-loader.js';
import { lintOptionsOf } from '../engine/templates.js';
import { IGNORE_FILE_NAMES, IgnoreRules } from '../files/ignore.js';
import { findField } from '../lint/fields.js';
import type { Finding } from '../lint/types.js';
import { outlineFromMarkdownIt } from '../outline/from-markdown-it.js';
import type { Outline } from '../outline/types.js';
import type { GuideSchema } from '../template/schema.js';

export interface DocumentLint {
  /** The template the document follows; null when it follows none (no diagnostics then). */
  template: string | null;
  findings: Finding[];
  /** The document's outline, when it was built (the findings' offsets are read off it). */
  outline: Outline | null;
  /** Lints another version of the document the same way (for "fix all"); null without a template. */
  lint: ((text: string) => Finding[]) | null;
  /** The compiled template the findings come from (for hover); null when there is none. */
  schema: GuideSchema | null;
}

const NOTHING: DocumentLint = { template: null, findings: [], outline: null, lint: null, schema: null };

/** Files whose change can change any document's findings, besides the templates themselves. */
const SETTINGS_FILE_NAMES: ReadonlySet<string> = new Set([...CONFIG_FILE_NAMES, 'package.json', ...IGNORE_FILE_NAMES]);

interface Folder {
  config: LoadedConfig;
  ignore: IgnoreRules;
  detection: Promise<DetectionCandidate[]>;
}

export class DocumentLinter {
  private folders = new Map<string, Promise<Folder>>();
  private loadTemplate: TemplateLoader;
  private readonly watchedPaths = new Set<string>();
  /** The modification time of each config and template file read (null: it could not be read). */
  private readonly stamps = new Map<string, Promise<number | null>>();
  private generationCount = 0;

  /** `root`: the workspace folder, which messages show template paths relative to. */
  constructor(private readonly root: string) {
    this.loadTemplate = createCachedTemplateLoader(root);
  }

  /** Changes whenever the caches are dropped: a lint begun before then is stale. */
  get generation(): number {
    return this.generationCount;
  }

  /** Drops every config, ignore rule and compiled template: the next lint reads them again. */
  invalidate(): void {
    this.folders = new Map();
    this.loadTemplate = createCachedTemplateLoader(this.root);
    this.watchedPaths.clear();
    this.stamps.clear();
    this.generationCount += 1;
  }

  /**
   * Invalidates when a config or template file read since the last invalidation has changed on
   * disk (for clients that do not watch files); says whether it did.
   */
  async refresh(): Promise<boolean> {
    const stamps = [...this.stamps];
    const changed = await Promise.all(stamps.map(async ([path, stamp]) => (await stamp) !== (await modifiedAt(path))));
    if (!changed.includes(true)) return false;
    this.invalidate();
    return true;
  }

  /** A config, package.json or ignore file, or a template a document was linted against. */
  affectsFindings(filePath: string): boolean {
    return SETTINGS_FILE_NAMES.has(basename(filePath)) || this.watchedPaths.has(filePath);
  }

  /**
   * Reads the workspace folder's config and the templates its `documents` name, and lints the
   * first template's own text once: the first document opened finds them read and the linter's
   * code warm (a first lint takes several times as long as the next). Best effort: what is wrong
   * with them is said when a document is linted.
   */
  async prepare(): Promise<void> {
    try {
      const loaded = (await this.folderOf(this.root)).config;
      const templates = new Map<string, SelectedTemplate>();
      for (const entry of loaded.config.documents) {
        const template = findTemplate(entry.template, entryDir(entry, loaded), loaded);
        if (template !== null) templates.set(template.path, template);
      }
      const selected = [...templates.values()];
      const first = selected[0];
      if (first === undefined) return;
      for (const template of selected) this.watch(template.path);
      const [schema] = await Promise.all(selected.map((template) => this.loadTemplate(template)));
      lintOutline(outlineFromMarkdownIt(await readFile(first.path, 'utf8')), schema!, lintOptionsOf(first));
    } catch {
      // The documents' lints report it.
    }
  }

  /** The findings for `text`, the content of the document at `filePath` (absolute). */
  async lint(filePath: string, text: string): Promise<DocumentLint> {
    let folder: Folder;
    let ignored: boolean;
    try {
      folder = await this.folderOf(dirname(filePath));
      // The ignore rules of the folders above read their configs too.
      ignored = (await folder.ignore.whyIgnored(filePath, false)) !== null;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      return { ...NOTHING, findings: [fatalFinding(`Cannot use the config: ${oneLine(error.message)}`)] };
    }
    const { config } = folder;
    if (ignored || templateOfFile(filePath, config) !== null) return NOTHING;
    const outline = outlineFromMarkdownIt(text);
    const file: PlannedFile = {
      filePath,
      explicit: false,
      forced: null,
      selection: { config, detection: await folder.detection },
    };
    let choice: ReturnType<typeof chooseTemplate>;
    try {
      choice = chooseTemplate(file, outline);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      return { ...NOTHING, findings: [fatalFinding(oneLine(error.message))], outline };
    }
    if (choice.kind === 'skip') return NOTHING;
    if (choice.kind === 'invalid') return { ...NOTHING, findings: [atTemplateKey(outline, choice.message)], outline };
    const { template } = choice;
    const frontmatterError = outline.frontmatter?.error;
    if (frontmatterError) return { ...NOTHING, template: template.name, findings: [fatalFinding(oneLine(frontmatterError))], outline };
    this.watch(template.path);
    let schema: GuideSchema;
    try {
      schema = await this.loadTemplate(template);
    } catch (error) {
      if (!(error instanceof UserError || error instanceof ConfigError)) throw error;
      const finding = atTemplateKey(outline, `Cannot use the template: ${oneLine(error.message)}`);
      return { ...NOTHING, template: template.name, findings: [finding], outline };
    }
    const lint = (version: string): Finding[] => lintOutline(outlineFromMarkdownIt(version), schema, lintOptionsOf(template));
    return { template: template.name, findings: lintOutline(outline, schema, lintOptionsOf(template)), outline, lint, schema };
  }

  private folderOf(dir: string): Promise<Folder> {
    let folder = this.folders.get(dir);
    if (folder === undefined) {
      folder = this.readFolder(dir);
      this.folders.set(dir, folder);
      // A config that cannot be used is read again next time: the user is fixing it.
      folder.catch(() => this.folders.delete(dir));
    }
    return folder;
  }

  /** Remembers a config or template file: a change to it changes findings. */
  private watch(path: string): void {
    this.watchedPaths.add(path);
    if (!this.stamps.has(path)) this.stamps.set(path, modifiedAt(path));
  }

  private async readFolder(dir: string): Promise<Folder> {
    // Messages name the configs relative to the document's folder, as `guidelint check` run there would.
    const lookup = new ConfigLookup(dir);
    const config = await lookup.forFolder(dir);
    for (const file of [config.filePath, ...(config.parents ?? []).map((parent) => parent.filePath)]) if (file !== null) this.watch(file);
    return {
      config,
      ignore: new IgnoreRules({ cwd: config.dir, configIgnore: configIgnoreLookup(lookup) }),
      detection: config.config.detect ? this.detectionCandidates(config) : Promise.resolve([]),
    };
  }

  /** Every template a name in the config reaches, compiled, for `detect: true`. */
  private async detectionCandidates(config: LoadedConfig): Promise<DetectionCandidate[]> {
    const templates = knownTemplateNames(config.config).map((name) => findTemplate(name, config.dir, config)!);
    for (const template of templates) this.watch(template.path);
    return Promise.all(templates.map(async (template) => detectionCandidate(await this.loadTemplate(template))));
  }
}

async function modifiedAt(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return null;
  }
}

/** A fatal finding at the frontmatter's `template:` line, else at the top. */
function atTemplateKey(outline: Outline, message: string): Finding {
  const field = findField(outline, 'template');
  return field ? fatalFinding(message, field.span.start.line, field.span.start.column) : fatalFinding(message);
}
