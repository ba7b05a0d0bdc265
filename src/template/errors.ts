/**
 * A template that cannot be compiled (no headings, an unknown annotation). Its message is one line
 * naming the template, e.g. `template "adr" has no headings`; the engine reports it as a user error.
 */
export class TemplateError extends Error {
  override name = 'TemplateError';
}

/**
 * A config override that the template cannot take: a `sections:` key that names no section
 * (`names` lists the template's sections, for a suggestion) or leaves min above max; a `fields:`
 * condition or a `fieldOrder` entry that names no field (`names` lists the fields). The config
 * loader words it with the override's place in the config file.
 */
export class OverrideError extends TemplateError {
  override name = 'OverrideError';

  constructor(
    /** The override's key, as the config writes it (a section or a field; for `fieldOrder`, the entry). */
    readonly key: string,
    /** What is wrong, without the key: `min 2 is more than max 1 for section "Summary"`. */
    readonly problem: string,
    /** For an unknown name: every name it could have been, in order. */
    readonly names: readonly string[] | null = null,
    /** Which config key the override sits under. */
    readonly scope: 'sections' | 'fields' | 'fieldOrder' = 'sections',
    /** The unknown name to suggest a known one for, when it is not `key` itself (a condition's field). */
    readonly unknown: string | null = null,
  ) {
    super(`${scope}.${key}: ${problem}`);
  }
}
