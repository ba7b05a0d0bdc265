/** ESLint's JSON format: the array of results, every checked file included, on one line (without the conformance report's coverage). */
import type { Formatter } from './types.js';

export const formatJson: Formatter = (results) => `${JSON.stringify(results.map(({ coverage: _coverage, ...result }) => result))}\n`;
