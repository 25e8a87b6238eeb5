const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units: the same 32-bit hash in Node and in the browser, cheap enough per feature. */
export function featureHash(text: string): number {
  return featureHashAfter(OFFSET, text);
}

/** The FNV-1a state after `prefix`, to hash many features that share it without building their strings. */
export function hashState(prefix: string): number {
  let h = OFFSET;
  for (let i = 0; i < prefix.length; i++) h = Math.imul(h ^ prefix.charCodeAt(i), PRIME);
  return h;
}

/** `featureHash(prefix + text)` given `hashState(prefix)`. */
export function featureHashAfter(state: number, text: string): number {
  let h = state;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), PRIME);
  return h >>> 0;
}
