/** How the renderers name and mark each cell state: a word and a symbol, so no state needs its colour to be read. */
import type { CellState, Column } from './model.js';

export const STATE_LABELS: Readonly<Record<CellState, string>> = {
  present: 'present',
  findings: 'present, with findings',
  misplaced: 'misplaced',
  placeholder: 'placeholder left',
  empty: 'empty',
  missing: 'missing',
  'not-applicable': 'not applicable',
};

export const STATE_SYMBOLS: Readonly<Record<CellState, string>> = {
  present: '✓',
  findings: '!',
  misplaced: '↕',
  placeholder: '…',
  empty: '○',
  missing: '✗',
  'not-applicable': '–',
};

/** `42 %`, rounded down so that only a full share reads 100 %. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.floor((part * 100) / whole)} %`;
}

/** `2026-12-05 09:30 UTC` from an ISO time. */
export function shownTime(iso: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? iso : `${time.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** ` (optional)` after an optional column's label, unless the label says so already (`Alternatives (optional)`). */
export function optionalMark(column: Column): string {
  return column.required || /optional/iu.test(column.label) ? '' : ' (optional)';
}
