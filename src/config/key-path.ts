/** Key paths in config messages: `documents[1].template`, `templates.rfc.sections."Step {n}"`. */

export type KeyPath = readonly (string | number)[];

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

export function formatKeyPath(path: KeyPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else {
      const key = PLAIN_KEY.test(segment) ? segment : JSON.stringify(segment);
      text += text === '' ? key : `.${key}`;
    }
  }
  return text;
}

/** `file: key.path: problem`, or `file: problem` when the problem concerns the whole file. */
export function locatedMessage(label: string, path: KeyPath, problem: string): string {
  return path.length === 0 ? `${label}: ${problem}` : `${label}: ${formatKeyPath(path)}: ${problem}`;
}
