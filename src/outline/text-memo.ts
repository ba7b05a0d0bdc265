/**
 * Answers about texts, kept for the texts to come: the documents of one template repeat its
 * headings, fields and checklists. Bounded: past `limit` texts it starts afresh, so that a
 * long-lived language server does not grow without end.
 */
export class TextMemo<T> {
  private readonly answers = new Map<string, T>();

  constructor(private readonly limit = 20_000) {}

  /** The answer for `text`: remembered, or computed by `answer` and remembered. */
  get(text: string, answer: (text: string) => T): T {
    let found = this.answers.get(text);
    if (found === undefined) {
      if (this.answers.size >= this.limit) this.answers.clear();
      found = answer(text);
      this.answers.set(detached(text), found);
    }
    return found;
  }
}

/**
 * A copy of `text` that keeps no longer string alive: V8 keeps the string a slice was taken from
 * (here, a whole document) as long as the slice lives.
 */
export function detached(text: string): string {
  return ` ${text}`.slice(1);
}
