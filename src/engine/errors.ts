/**
 * An error the user can fix — a bad argument, a missing or unusable template, a pattern that matches
 * no file. Its message is one line saying what and where; the CLI prints it as
 * `guidelint: <message>` and exits 2, never with a stack trace.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/** One line from an fs error: `ENOENT: no such file or directory` without the path and syscall. */
export function describeFsError(error: unknown): string {
  // Duck-typed: errors from Node's own modules are not `instanceof Error` in every realm (jest's vm).
  const { code, message } = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown;
    message?: unknown;
  };
  if (typeof code === 'string') return FS_REASONS[code] ?? code;
  return typeof message === 'string' ? oneLine(message) : String(error);
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a parent is not a directory',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
};

/** Collapses a message to one line (most have no line break: the test spares them the costlier replace). */
export function oneLine(text: string): string {
  return (/[\r\n]/.test(text) ? text.replace(/\s*[\r\n]+\s*/g, ' ') : text).trim();
}
