/**
 * Words that make what they stand by conditional (DESIGN §2b.2, §2b.7, §2b.9): `# Only required
 * for …`, `# Otherwise, remove this field`, `*if applicable*`, `else remove this header`. A
 * conditional field is optional: guidelint cannot check the condition, and a document that leaves
 * it out conforms (§2b.11).
 */

const CONDITIONAL = [
  /\bonly (?:required|needed|applicable|used|relevant|present|set) (?:if|when|for|until|once|after|by)\b/iu,
  /\bnot (?:required|needed) (?:until|unless|if|when|for|before)\b/iu,
  /\b(?:remove|delete|omit|drop) (?:(?:this|the|it|that) )?(?:(?:field|key|header|line|entry|item|value) )?(?:if|when|unless)\b/iu,
  /\b(?:otherwise|else),? (?:just )?(?:remove|delete|omit|drop|leave)\b/iu,
  /\bif (?:applicable|any|needed|relevant|appropriate|available)\b/iu,
];

/** The words saying that a field is conditional, as written, or null. */
export function conditionalWords(text: string): string | null {
  for (const pattern of CONDITIONAL) {
    const found = pattern.exec(text);
    if (found) return found[0];
  }
  return null;
}
