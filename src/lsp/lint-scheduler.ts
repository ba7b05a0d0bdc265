/**
 * When the language server lints each document. One lint of a document runs at a time: a change
 * that comes while one runs is linted when it ends, and of several such changes only the latest
 * (the lint of an older version would be thrown away).
 *
 * Adaptive (the default): a change is linted at once when the time since the document's previous
 * change was at least as long as its last lint took; a change that follows the previous one sooner
 * (the user types faster than the lint) waits until the document has been quiet that long, at most
 * `maxDelayMs`. A 2,000-line document lints in ~10 ms, so every keystroke is linted as it comes; a
 * document whose lint takes 300 ms is linted when typing pauses. Fixed: a quiet time of `delayMs`
 * after each change (0: at once).
 */

export type DebounceSetting = { kind: 'adaptive'; maxDelayMs: number } | { kind: 'fixed'; delayMs: number };

/** The adaptive quiet time's upper bound: the quiet time the server always waited before. */
export const ADAPTIVE_MAX_DELAY_MS = 200;

/** Time and timers; tests pass a fake one. */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as NodeJS.Timeout),
};

/** A lint of a document; it settles when the lint (and its publishing) is over. */
export type LintTask = () => Promise<void>;

interface DocumentState {
  running: boolean;
  /** The lint to run next, once its quiet time is over and no lint runs. */
  next: LintTask | null;
  timer: unknown;
  lastLintMs: number | null;
  lastChangeAt: number | null;
}

export class LintScheduler {
  private readonly documents = new Map<string, DocumentState>();

  constructor(
    private readonly setting: DebounceSetting,
    private readonly clock: Clock = systemClock,
  ) {}

  /** The document `key` changed: `lint` it at once or after its quiet time. */
  changed(key: string, lint: LintTask): void {
    const state = this.stateOf(key);
    const now = this.clock.now();
    const sincePrevious = state.lastChangeAt === null ? Infinity : now - state.lastChangeAt;
    state.lastChangeAt = now;
    this.due(key, state, lint, this.quietTime(state, sincePrevious));
  }

  /** Lint the document without a quiet time (it opened, was saved, or a config changed); still one lint at a time. */
  now(key: string, lint: LintTask): void {
    this.due(key, this.stateOf(key), lint, 0);
  }

  /** The document closed: what waits is dropped (a lint that runs ends as it will). */
  forget(key: string): void {
    const state = this.documents.get(key);
    if (state === undefined) return;
    this.clock.clearTimeout(state.timer);
    this.documents.delete(key);
  }

  private quietTime(state: DocumentState, sincePrevious: number): number {
    if (this.setting.kind === 'fixed') return this.setting.delayMs;
    const lintMs = state.lastLintMs ?? 0;
    return sincePrevious >= lintMs ? 0 : Math.min(lintMs, this.setting.maxDelayMs);
  }

  private due(key: string, state: DocumentState, lint: LintTask, delayMs: number): void {
    this.clock.clearTimeout(state.timer);
    state.timer = undefined;
    state.next = lint;
    if (delayMs <= 0) {
      this.startIfIdle(key, state);
      return;
    }
    state.timer = this.clock.setTimeout(() => {
      state.timer = undefined;
      this.startIfIdle(key, state);
    }, delayMs);
  }

  private startIfIdle(key: string, state: DocumentState): void {
    // A lint that runs starts the next when it ends.
    if (state.running || state.next === null) return;
    const lint = state.next;
    state.next = null;
    state.running = true;
    const started = this.clock.now();
    const ended = (): void => {
      state.running = false;
      state.lastLintMs = this.clock.now() - started;
      if (state.timer === undefined && this.documents.get(key) === state) this.startIfIdle(key, state);
    };
    lint().then(ended, ended);
  }

  private stateOf(key: string): DocumentState {
    let state = this.documents.get(key);
    if (state === undefined) {
      state = { running: false, next: null, timer: undefined, lastLintMs: null, lastChangeAt: null };
      this.documents.set(key, state);
    }
    return state;
  }
}
