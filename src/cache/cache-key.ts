const encoder = new TextEncoder();

/** The SHA-256 of a source text, in hex: the part of a cache key that costs a native call. */
export async function textDigest(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A cache key from a text's digest (see `cacheKey`): one digest serves every provider. */
export function keyOfDigest(provider: string, from: string, to: string, digest: string): string {
  return `${provider}|${from}|${to}|${digest}`;
}

/**
 * The key of one block's translation: who translated it, between which languages, and a hash of the source text (the
 * text itself may be long and is the reader's business, not the key's). `provider|from|to|sha256hex`.
 */
export async function cacheKey(provider: string, from: string, to: string, text: string): Promise<string> {
  return keyOfDigest(provider, from, to, await textDigest(text));
}

/** Keys for many texts at once; each digest is its own native call, so they run side by side. */
export function cacheKeys(provider: string, from: string, to: string, texts: readonly string[]): Promise<string[]> {
  return Promise.all(texts.map((text) => cacheKey(provider, from, to, text)));
}
