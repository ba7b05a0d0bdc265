/**
 * The sections read so far, in document order, each kept only while a later heading could still
 * belong to it: it is dropped once a section at its level or higher follows. "The last section
 * before this one with a lower level" then takes at most one step per level, where walking back
 * through the document would be quadratic on one with thousands of headings.
 */

import type { Section } from '../outline/types.js';

export class OpenSections {
  /** Levels strictly rising from the bottom. */
  private readonly entries: { section: Section; level: number }[] = [];

  constructor(private readonly root: Section) {}

  /** The next section in document order, read at `level`. */
  push(section: Section, level: number): void {
    while (this.entries.length > 0 && this.entries[this.entries.length - 1]!.level >= level) this.entries.pop();
    this.entries.push({ section, level });
  }

  /** The last section pushed with a level below `level`; the root when there is none. */
  below(level: number): Section {
    for (let index = this.entries.length - 1; index >= 0; index--) {
      if (this.entries[index]!.level < level) return this.entries[index]!.section;
    }
    return this.root;
  }
}
