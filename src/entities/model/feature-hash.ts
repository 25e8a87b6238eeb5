/** FNV-1a over UTF-16 code units: the same 32-bit hash in Node and in the browser, cheap enough per feature. */
export function featureHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
