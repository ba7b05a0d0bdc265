/**
 * How many generated cases each of issue 17's properties (test/hostile/properties-*.test.ts) runs.
 * GUIDELINT_PROPERTY_CASES is the cases in all: 500 by default (`npm test`, a few seconds),
 * 100,000 in `npm run test:slow`. Each property takes a share by what a case costs, the cheap
 * ones most, so that the four files (run side by side by jest's workers) take about as long.
 */

export type Property = 'compile' | 'front-ends' | 'fix-markdown-it' | 'fix-remark';

/** CPU a case costs under jest, measured: ~1 ms, ~8 ms, ~5.5 ms and ~55 ms (100,000 cases: ~3.5 CPU minutes). */
const SHARES: Record<Property, number> = {
  compile: 0.7,
  'front-ends': 0.12,
  'fix-markdown-it': 0.16,
  'fix-remark': 0.02,
};

const totalCases = Number(process.env['GUIDELINT_PROPERTY_CASES'] ?? 500);

/** The cases `property` runs. */
export function propertyCases(property: Property): number {
  return Math.max(1, Math.round(totalCases * SHARES[property]));
}

/**
 * A bound for a property's whole run, not a measure: `perCaseMs` well above what a case costs on
 * a loaded machine, and never under two minutes.
 */
export function runTimeout(cases: number, perCaseMs: number): number {
  return Math.max(120_000, cases * perCaseMs);
}
