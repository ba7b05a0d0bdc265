/**
 * Imports an ES module by URL (a JavaScript config file). Code compiled outside Node's module
 * loader, as the CLI bundle is (src/cli/launch.ts compiles it through V8's code cache), cannot
 * import() by itself: its launcher hands it an importer that can.
 */
export type ModuleImporter = (url: string) => Promise<unknown>;

let importer: ModuleImporter = (url) => import(url);

export function importModule(url: string): Promise<unknown> {
  return importer(url);
}

export function setModuleImporter(next: ModuleImporter): void {
  importer = next;
}
