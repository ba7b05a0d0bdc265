/**
 * A template that cannot be compiled (no headings, an unknown annotation). Its message is one line
 * naming the template, e.g. `template "adr" has no headings`; the engine reports it as a user error.
 */
export class TemplateError extends Error {
  override name = 'TemplateError';
}

/**
 * A config override (`sections:`) that the template cannot take: it names no section (`names` lists
 * the template's sections, for a suggestion), or it leaves min above max. The config loader words
 * it with the override's place in the config file.
 */
export class OverrideError extends TemplateError {
  override name = 'OverrideError';

  constructor(
    /** The override's key, as the config writes it. */
    readonly key: string,
    /** What is wrong, without the key: `min 2 is more than max 1 for section "Summary"`. */
    readonly problem: string,
    /** For an unknown key: every section name of the template, in order. */
    readonly names: readonly string[] | null = null,
  ) {
    super(`sections.${key}: ${problem}`);
  }
}
