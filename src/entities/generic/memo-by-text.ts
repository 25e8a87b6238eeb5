/**
 * Remembers a pure function of (text, lang): linking compares every name of a block with every span of its source, so
 * the same keys (place key, calendar fields, skeleton, value) are asked for over and over. Bounded, so a long reading
 * session does not grow it without end.
 */
export function memoByText<T>(
  compute: (text: string, lang: string) => T,
  limit = 5000,
): ((text: string, lang: string) => T) & { clear(): void } {
  const known = new Map<string, T>();
  const remembered = (text: string, lang: string) => {
    const key = `${lang}\u0000${text}`;
    if (known.has(key)) return known.get(key) as T;
    const value = compute(text, lang);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
  return Object.assign(remembered, { clear: () => known.clear() });
}
