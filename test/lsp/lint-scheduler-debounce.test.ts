/**
 * The language server's debounce (src/lsp/lint-scheduler.ts) on a fake clock: which lints start,
 * when, and that one document has one lint at a time. A lint here is a promise the test settles.
 */
import { describe, expect, it } from '@jest/globals';
import { LintScheduler, type Clock, type DebounceSetting } from '../../src/lsp/lint-scheduler.js';

/** A clock whose time moves only when the test says; timers fire as it passes them. */
class FakeClock implements Clock {
  private time = 0;
  private timers = new Map<number, { at: number; run: () => void }>();
  private nextId = 1;

  now(): number {
    return this.time;
  }

  setTimeout(run: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, run });
    return id;
  }

  clearTimeout(timer: unknown): void {
    this.timers.delete(timer as number);
  }

  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const due = [...this.timers].filter(([, timer]) => timer.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (due === undefined) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].run();
    }
    this.time = until;
  }
}

/** The lints started, by name, each to be ended by the test. */
class Lints {
  readonly started: string[] = [];
  private readonly ends = new Map<string, () => void>();

  task(name: string): () => Promise<void> {
    return () => {
      this.started.push(name);
      return new Promise((resolve) => this.ends.set(name, resolve));
    };
  }

  /** Ends a lint and lets the scheduler see it end. */
  async end(name: string): Promise<void> {
    this.ends.get(name)!();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const ADAPTIVE: DebounceSetting = { kind: 'adaptive', maxDelayMs: 200 };

function setUp(setting: DebounceSetting = ADAPTIVE): { clock: FakeClock; lints: Lints; scheduler: LintScheduler } {
  const clock = new FakeClock();
  return { clock, lints: new Lints(), scheduler: new LintScheduler(setting, clock) };
}

/** Lints the document once, the lint taking `ms`. */
async function lintTaking(clock: FakeClock, lints: Lints, scheduler: LintScheduler, name: string, ms: number): Promise<void> {
  scheduler.now('doc', lints.task(name));
  clock.advance(ms);
  await lints.end(name);
}

describe('adaptive debounce', () => {
  it('lints the first change at once', () => {
    const { lints, scheduler } = setUp();
    scheduler.changed('doc', lints.task('v2'));
    expect(lints.started).toEqual(['v2']);
  });

  it('lints a change at once when the previous change came at least as long ago as the last lint took', async () => {
    const { clock, lints, scheduler } = setUp();
    await lintTaking(clock, lints, scheduler, 'open', 10);
    scheduler.changed('doc', lints.task('v2'));
    clock.advance(10);
    await lints.end('v2');
    clock.advance(30);
    scheduler.changed('doc', lints.task('v3'));
    expect(lints.started).toEqual(['open', 'v2', 'v3']);
  });

  it('waits while the user types faster than the lint, then lints the latest version once', async () => {
    const { clock, lints, scheduler } = setUp();
    scheduler.changed('doc', lints.task('v2'));
    clock.advance(50);
    scheduler.changed('doc', lints.task('v3'));
    clock.advance(30);
    await lints.end('v2');
    expect(lints.started).toEqual(['v2', 'v3']);
    clock.advance(20);
    scheduler.changed('doc', lints.task('v4'));
    clock.advance(50);
    scheduler.changed('doc', lints.task('v5'));
    clock.advance(10);
    await lints.end('v3');
    clock.advance(69);
    expect(lints.started).toEqual(['v2', 'v3']);
    clock.advance(1);
    expect(lints.started).toEqual(['v2', 'v3', 'v5']);
  });

  it('waits no longer than its maximum after a slow lint', async () => {
    const { clock, lints, scheduler } = setUp();
    await lintTaking(clock, lints, scheduler, 'open', 900);
    scheduler.changed('doc', lints.task('v2'));
    clock.advance(1);
    scheduler.changed('doc', lints.task('v3'));
    clock.advance(199);
    await lints.end('v2');
    expect(lints.started).toEqual(['open', 'v2']);
    clock.advance(1);
    expect(lints.started).toEqual(['open', 'v2', 'v3']);
  });

  it('runs one lint of a document at a time: changes during a lint are linted once, the latest, when it ends', async () => {
    const { clock, lints, scheduler } = setUp();
    scheduler.changed('doc', lints.task('v2'));
    clock.advance(5);
    scheduler.changed('doc', lints.task('v3'));
    scheduler.changed('doc', lints.task('v4'));
    expect(lints.started).toEqual(['v2']);
    await lints.end('v2');
    expect(lints.started).toEqual(['v2', 'v4']);
  });

  it('keeps each document to itself', async () => {
    const { lints, scheduler } = setUp();
    scheduler.changed('a', lints.task('a2'));
    scheduler.changed('b', lints.task('b2'));
    expect(lints.started).toEqual(['a2', 'b2']);
  });

  it('lints on open or save without a quiet time, after the lint that runs', async () => {
    const { clock, lints, scheduler } = setUp();
    await lintTaking(clock, lints, scheduler, 'open', 50);
    scheduler.changed('doc', lints.task('v2'));
    clock.advance(1);
    scheduler.changed('doc', lints.task('v3'));
    scheduler.now('doc', lints.task('save'));
    expect(lints.started).toEqual(['open', 'v2']);
    await lints.end('v2');
    expect(lints.started).toEqual(['open', 'v2', 'save']);
  });

  it('drops the lint waiting for a closed document', async () => {
    const { clock, lints, scheduler } = setUp();
    await lintTaking(clock, lints, scheduler, 'open', 50);
    scheduler.changed('doc', lints.task('v2'));
    clock.advance(1);
    scheduler.changed('doc', lints.task('v3'));
    scheduler.forget('doc');
    clock.advance(1000);
    await lints.end('v2');
    expect(lints.started).toEqual(['open', 'v2']);
  });
});

describe('fixed debounce', () => {
  it('with 0, lints every change at once', async () => {
    const { lints, scheduler } = setUp({ kind: 'fixed', delayMs: 0 });
    scheduler.changed('doc', lints.task('v2'));
    await lints.end('v2');
    scheduler.changed('doc', lints.task('v3'));
    expect(lints.started).toEqual(['v2', 'v3']);
  });

  it('lints once the document has been quiet for the delay, however fast the lint', async () => {
    const { clock, lints, scheduler } = setUp({ kind: 'fixed', delayMs: 100 });
    scheduler.changed('doc', lints.task('v2'));
    clock.advance(60);
    scheduler.changed('doc', lints.task('v3'));
    clock.advance(99);
    expect(lints.started).toEqual([]);
    clock.advance(1);
    expect(lints.started).toEqual(['v3']);
  });
});
