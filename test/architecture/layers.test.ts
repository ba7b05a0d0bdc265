/**
 * The import graph keeps the layers of DESIGN §8. Each folder under src/ is a room (its subfolders
 * belong to it: src/template/passes is src/template, src/cli/commands is src/cli), rules/ is one
 * room and src/index.ts its own. Rooms sit on floors; an import goes down to a lower floor or stays
 * in its room, no rooms import each other round a circle, and the template compiler is used from
 * outside through its public files only.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { posix, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync, type Module, type Node } from '@swc/core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Top floor first. */
const FLOORS: readonly (readonly string[])[] = [
  ['src/index.ts'],
  ['src/cli', 'src/remark'],
  ['src/lsp', 'src/report'],
  ['src/engine'],
  ['src/config', 'src/fix', 'rules'],
  ['src/lint'],
  ['src/match'],
  ['src/template'],
  ['src/files', 'src/outline'],
];

/** Rooms on one floor that may import each other, each with why. None is needed today. */
const SAME_FLOOR_IMPORTS: readonly { from: string; to: string; reason: string }[] = [];

/** What the rest of the code may import of the template compiler. */
const TEMPLATE_PUBLIC_FILES = ['schema.ts', 'compile.ts', 'text.ts', 'print.ts'].map((name) => `src/template/${name}`);

/**
 * Inside the template compiler, top floor first: `compile.ts` runs the passes, the passes use the
 * builders and hint readers, which read the IR and the lexers. A folder is one room; the passes
 * never import each other (they share only `ir.ts`).
 */
const COMPILER_FLOORS: readonly (readonly string[])[] = [
  ['compile.ts'],
  ['passes'],
  ['hints', 'build'],
  ['enums.ts'],
  ['ir.ts', 'patterns.ts', 'comments.ts', 'values.ts', 'print.ts', 'errors.ts'],
  ['placeholders.ts', 'numbered.ts', 'schema.ts'],
  ['text.ts', 'html-elements.ts', 'conditional.ts'],
].map((rooms) => rooms.map((room) => `src/template/${room}`));

interface Import {
  /** The importing file, from the repository root: `src/engine/lint-file.ts`. */
  from: string;
  /** As written: `'../lint/types.js'`. */
  specifier: string;
  /** The file it names, from the repository root, or null when there is none. */
  to: string | null;
}

/** Every .ts file under src/ and rules/, `/`-separated from the repository root. */
function sourceFiles(): string[] {
  return ['src', 'rules'].flatMap((folder) =>
    readdirSync(`${ROOT}${folder}`, { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.ts'))
      .map((path) => `${folder}/${path.split(sep).join('/')}`),
  );
}

/** The specifiers of `import('…')` calls with a literal anywhere under `node`. */
function dynamicImports(node: unknown, found: string[]): void {
  if (Array.isArray(node)) {
    for (const child of node) dynamicImports(child, found);
  } else if (typeof node === 'object' && node !== null) {
    const call = node as Node & { callee?: Node; arguments?: { expression: Node & { value?: unknown } }[] };
    const first = call.arguments?.[0]?.expression;
    if (call.type === 'CallExpression' && call.callee?.type === 'Import' && first?.type === 'StringLiteral') found.push(String(first.value));
    for (const child of Object.values(node)) dynamicImports(child, found);
  }
}

/** The specifiers a module imports or re-exports from, statically (at its top level) or by `import('…')`. */
function specifiers(module: Module, text: string): string[] {
  const found: string[] = [];
  for (const item of module.body) {
    if ((item.type === 'ImportDeclaration' || item.type === 'ExportAllDeclaration' || item.type === 'ExportNamedDeclaration') && item.source) {
      found.push(item.source.value);
    }
  }
  // Walking the whole tree costs more than parsing it: only where a dynamic import can be.
  if (text.includes('import(')) dynamicImports(module.body, found);
  return found;
}

/**
 * The relative imports of a file: static and type-only imports, `export … from` and `import('…')`.
 * They are read from the syntax tree, so an import in a comment or a string never counts.
 */
function relativeImports(file: string): Import[] {
  const text = readFileSync(`${ROOT}${file}`, 'utf8');
  return specifiers(parseSync(text, { syntax: 'typescript' }), text)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => {
      const to = posix.join(posix.dirname(file), specifier).replace(/\.js$/u, '.ts');
      return { from: file, specifier, to: existsSync(`${ROOT}${to}`) ? to : null };
    });
}

function roomOf(file: string): string {
  if (file === 'src/index.ts') return file;
  const [top, folder] = file.split('/');
  return top === 'src' ? `src/${folder}` : top!;
}

const floorOf = new Map(FLOORS.flatMap((rooms, floor) => rooms.map((room): [string, number] => [room, floor])));

const files = sourceFiles();
const imports = files.flatMap(relativeImports);
/** Imports that leave their room, with where they go. */
const crossings = imports.flatMap(({ from, specifier, to }) =>
  to === null || roomOf(from) === roomOf(to) ? [] : [{ from, specifier, to, fromRoom: roomOf(from), toRoom: roomOf(to) }],
);

const describeImport = ({ from, specifier }: Import): string => `${from} imports '${specifier}'`;

/** The rooms `start` reaches by crossings, back to `goal`: the path, or null when there is none. */
function pathBetween(start: string, goal: string): string[] | null {
  const cameFrom = new Map<string, string>([[start, start]]);
  const queue = [start];
  for (let room = queue.shift(); room !== undefined; room = queue.shift()) {
    if (room === goal) {
      const path = [goal];
      while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
      return path;
    }
    for (const crossing of crossings) {
      if (crossing.fromRoom !== room || cameFrom.has(crossing.toRoom)) continue;
      cameFrom.set(crossing.toRoom, room);
      queue.push(crossing.toRoom);
    }
  }
  return null;
}

describe('layers', () => {
  it('reads the imports it checks', () => {
    expect(files).toContain('src/engine/lint-outline.ts');
    expect(imports).toContainEqual({ from: 'src/cli/main.ts', specifier: '../lsp/server.js', to: 'src/lsp/server.ts' });
  });

  it('resolves every relative import to a file', () => {
    expect(imports.filter(({ to }) => to === null).map((unresolved) => `${describeImport(unresolved)}: no such file`)).toEqual([]);
  });

  it('puts every room on exactly one floor, and names no room that is gone', () => {
    const rooms = [...new Set(files.map(roomOf))].sort();
    expect(FLOORS.flat().sort()).toEqual(rooms);
  });

  it('has no circle of rooms', () => {
    // One import per pair of rooms is enough to name the arrow.
    const arrows = new Map(crossings.map((crossing) => [`${crossing.fromRoom} → ${crossing.toRoom}`, crossing]));
    const circles = [...arrows.values()].flatMap((arrow) => {
      const back = pathBetween(arrow.toRoom, arrow.fromRoom);
      return back === null ? [] : [`${[arrow.fromRoom, ...back].join(' → ')}: ${describeImport(arrow)}`];
    });
    expect(circles).toEqual([]);
  });

  it('imports only down the floors, top to bottom: ' + FLOORS.map((rooms) => rooms.join(', ')).join(' › '), () => {
    const upward = crossings.flatMap((crossing) => {
      const fromFloor = floorOf.get(crossing.fromRoom);
      const toFloor = floorOf.get(crossing.toRoom);
      if (fromFloor === undefined || toFloor === undefined || toFloor > fromFloor) return [];
      const allowed = SAME_FLOOR_IMPORTS.some(({ from, to }) => from === crossing.fromRoom && to === crossing.toRoom);
      if (toFloor === fromFloor && allowed) return [];
      const where = toFloor === fromFloor ? 'along its own floor' : 'upward';
      return [`${describeImport(crossing)}: ${crossing.fromRoom} → ${crossing.toRoom} goes ${where}`];
    });
    expect(upward).toEqual([]);
  });

  it('uses the template compiler through its public files from outside src/template', () => {
    const internal = crossings.filter(
      ({ to, toRoom }) =>
        toRoom === 'src/template' &&
        !TEMPLATE_PUBLIC_FILES.includes(to),
    );
    expect(internal.map((crossing) => `${describeImport(crossing)}: not one of ${TEMPLATE_PUBLIC_FILES.join(', ')}`)).toEqual([]);
  });

  it('keeps no allowance that no import needs', () => {
    const unused = SAME_FLOOR_IMPORTS.filter(
      ({ from, to }) => !crossings.some((crossing) => crossing.fromRoom === from && crossing.toRoom === to),
    );
    expect(unused).toEqual([]);
  });

  it('runs the compiler down its own floors, no pass importing another: ' + COMPILER_FLOORS.map((rooms) => rooms.join(', ')).join(' › '), () => {
    const compilerRoom = (file: string): string => {
      const [, , part] = file.split('/');
      return `src/template/${part}`;
    };
    const compilerFloor = new Map(COMPILER_FLOORS.flatMap((rooms, floor) => rooms.map((room): [string, number] => [room, floor])));
    const inside = imports.filter(({ from, to }) => from.startsWith('src/template/') && to?.startsWith('src/template/'));
    const rooms = [...new Set(files.filter((file) => file.startsWith('src/template/')).map(compilerRoom))].sort();
    expect(COMPILER_FLOORS.flat().sort()).toEqual(rooms);
    const wrong = inside.flatMap((edge) => {
      const to = edge.to!;
      const [fromRoom, toRoom] = [compilerRoom(edge.from), compilerRoom(to)];
      if (fromRoom === 'src/template/passes' && toRoom === fromRoom) return [`${describeImport(edge)}: a pass imports another pass`];
      if (fromRoom === toRoom || compilerFloor.get(toRoom)! > compilerFloor.get(fromRoom)!) return [];
      return [`${describeImport(edge)}: ${fromRoom} → ${toRoom} does not go down`];
    });
    expect(wrong).toEqual([]);
  });
});
