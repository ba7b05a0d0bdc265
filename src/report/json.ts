/** ESLint's JSON format: the array of results, every checked file included, on one line. */
import type { Formatter } from './types.js';

export const formatJson: Formatter = (results) => `${JSON.stringify(results)}\n`;
