/** The few ANSI styles stylish uses; each is the identity when colour is off. */

export interface Styles {
  underline(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  bold(text: string): string;
}

function style(open: number, close: number): (text: string) => string {
  return (text) => `\u001b[${open}m${text}\u001b[${close}m`;
}

const COLORED: Styles = {
  underline: style(4, 24),
  dim: style(2, 22),
  red: style(31, 39),
  yellow: style(33, 39),
  bold: style(1, 22),
};

const identity = (text: string): string => text;

const PLAIN: Styles = { underline: identity, dim: identity, red: identity, yellow: identity, bold: identity };

export function styles(color: boolean): Styles {
  return color ? COLORED : PLAIN;
}
