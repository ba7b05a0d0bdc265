/** A repository of 21 documents under one template (good ones, ones with warnings, with errors, an unreadable one), for --shard and merge. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BAD, GOOD, TEMPLATE, WARN } from './notes-documents.js';

const CONFIG = `templates:
  notes:
    path: templates/notes.md
rules:
  required-label: warn
documents:
  - files: "docs/**/*.md"
    template: notes
`;

/** Writes `file` (relative to `root`), creating its folder. */
export function writeIn(root: string, file: string, content: string | Uint8Array): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), content);
}

/** A new repository in a temporary folder: its path. */
export function shardFixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'guidelint-shard-'));
  writeIn(root, '.guidelintrc.yaml', CONFIG);
  writeIn(root, 'templates/notes.md', TEMPLATE);
  writeIn(root, 'README.md', 'Not a document the config names.\n');
  const kinds = [GOOD, WARN, BAD];
  for (let n = 1; n <= 12; n++) writeIn(root, `docs/note-${String(n).padStart(2, '0')}.md`, kinds[n % 3]!);
  for (let n = 1; n <= 8; n++) writeIn(root, `docs/area ${n % 2}/sub-${n}.md`, kinds[(n + 1) % 3]!);
  writeIn(root, 'docs/binary.md', Uint8Array.from([0x23, 0x20, 0x41, 0x00, 0x0a]));
  return root;
}
