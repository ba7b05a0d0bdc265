/** The reasons the schema records for what hints decided (DESIGN §2b: every inference is explainable). */
import type { Decided } from '../ir.js';

/** `why` for a decision a hint made (none for the default), as the schema records it. */
export function reasons(decided: Decided<boolean> | undefined): { why?: string[] } {
  if (decided === undefined || decided.why === 'default') return {};
  return { why: [`${decided.value ? 'required' : 'optional'}: ${decided.why}`] };
}
