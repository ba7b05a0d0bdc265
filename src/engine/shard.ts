/**
 * `--shard i/n`: one of n parts of a run, for CI machines that each check a part (as Jest and
 * Playwright shard tests). A file's part is decided by a hash of its path relative to the working
 * folder alone, so adding or removing a file never moves another one to a different part.
 */
import { createHash } from '../files/on-demand-crypto.js';
import { displayPath } from '../files/display-path.js';
import { UserError } from './errors.js';
import type { Plan } from './plan.js';

export interface Shard {
  /** 1-based: `--shard 1/4` is index 1. */
  index: number;
  count: number;
}

/** Reads `i/n` (1 ≤ i ≤ n); throws a UserError for anything else. */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/u.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || index < 1 || index > count) {
    throw new UserError(`--shard must be i/n with 1 ≤ i ≤ n (--shard 1/4), not "${value}"`);
  }
  return { index, count };
}

/** The shard (1 to `count`) a file belongs to. */
export function shardOf(filePath: string, cwd: string, count: number): number {
  const digest = createHash('sha256').update(displayPath(filePath, cwd)).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** The plan with only the shard's files (and skipped files, for `--verbose`). */
export function shardPlan(plan: Plan, shard: Shard, cwd: string): Plan {
  const inShard = ({ filePath }: { filePath: string }): boolean => shardOf(filePath, cwd, shard.count) === shard.index;
  return { ...plan, files: plan.files.filter(inShard), skipped: plan.skipped.filter(inShard) };
}
