/**
 * The longest non-decreasing subsequence. Among equally long ones it keeps the latest elements, so
 * that of two swapped neighbours the one moved up is reported (`## Security` moved above
 * `## Performance` is the one out of place).
 */

/** Returns, for each position, whether it belongs to the kept subsequence. */
export function longestOrderedSubsequence(keys: readonly number[]): boolean[] {
  const count = keys.length;
  // longestTo[i]: the length of the longest non-decreasing subsequence ending at i.
  const longestTo = new Array<number>(count).fill(1);
  for (let i = 1; i < count; i++) {
    for (let j = 0; j < i; j++) {
      if (keys[j]! <= keys[i]! && longestTo[j]! + 1 > longestTo[i]!) longestTo[i] = longestTo[j]! + 1;
    }
  }
  const kept = new Array<boolean>(count).fill(false);
  let remaining = longestTo.reduce((longest, length) => Math.max(longest, length), 0);
  let next = Infinity;
  for (let i = count - 1; i >= 0 && remaining > 0; i--) {
    if (longestTo[i] === remaining && keys[i]! <= next) {
      kept[i] = true;
      next = keys[i]!;
      remaining--;
    }
  }
  return kept;
}
