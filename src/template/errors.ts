/**
 * A template that cannot be compiled (no headings, an unknown annotation). Its message is one line
 * naming the template, e.g. `template "adr" has no headings`; the engine reports it as a user error.
 */
export class TemplateError extends Error {
  override name = 'TemplateError';
}
