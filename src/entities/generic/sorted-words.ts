/**
 * Whether `word` is one of the words of `list`, a space-separated list sorted in code-unit order (as Array#sort leaves
 * it). A binary search over character offsets: nothing is split or indexed up front, so a 100 KB word list costs nothing
 * until it is asked, and each question about 17 string comparisons.
 */
export function sortedListHas(list: string, word: string): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = list.lastIndexOf(' ', mid - 1) + 1;
    let end = list.indexOf(' ', start);
    if (end < 0 || end > hi) end = hi;
    const candidate = list.slice(start, end);
    if (candidate === word) return true;
    if (candidate < word) lo = end + 1;
    else hi = start;
  }
  return false;
}
