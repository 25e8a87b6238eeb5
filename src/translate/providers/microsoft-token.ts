/** Edge tokens last about ten minutes; refresh a little early so a request never carries one that just expired. */
const DEFAULT_LIFETIME_MS = 10 * 60_000;
const MARGIN_MS = 60_000;

/** Expiry (ms since epoch) from a JWT's `exp` claim, or undefined when the token is not a readable JWT. */
export function jwtExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const claims: unknown = JSON.parse(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')));
    const exp = typeof claims === 'object' && claims !== null ? (claims as { exp?: unknown }).exp : undefined;
    return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

export interface TokenCache {
  get(signal: AbortSignal): Promise<string>;
  /** Forget the token (the server refused it). */
  invalidate(): void;
}

/** Caches one token until shortly before it expires; concurrent callers share one fetch. */
export function createTokenCache(fetchToken: (signal: AbortSignal) => Promise<string>, now = Date.now): TokenCache {
  let cached: { token: string; refreshAt: number } | undefined;
  let pending: Promise<string> | undefined;
  return {
    get(signal) {
      if (cached && now() < cached.refreshAt) return Promise.resolve(cached.token);
      pending ??= fetchToken(signal)
        .then((token) => {
          const fetchedAt = now();
          const expiry = jwtExpiry(token) ?? fetchedAt + DEFAULT_LIFETIME_MS;
          cached = { token, refreshAt: Math.max(fetchedAt, expiry - MARGIN_MS) };
          return token;
        })
        .finally(() => {
          pending = undefined;
        });
      return pending;
    },
    invalidate() {
      cached = undefined;
    },
  };
}
