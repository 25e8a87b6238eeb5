import { describe, expect, it } from 'vitest';
import { createTokenCache, jwtExpiry } from '../../../src/translate/providers/microsoft-token';

const jwt = (claims: object) =>
  `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;

describe('jwtExpiry', () => {
  it('reads exp, and nothing from tokens that are not JWTs', () => {
    expect(jwtExpiry(jwt({ exp: 1_700_000_000, region: 'global' }))).toBe(1_700_000_000_000);
    expect(jwtExpiry(jwt({ sub: 'x' }))).toBeUndefined();
    expect(jwtExpiry('opaque-token')).toBeUndefined();
    expect(jwtExpiry('a.%%%.c')).toBeUndefined();
  });
});

describe('createTokenCache', () => {
  it('reuses a token until a minute before exp, then fetches again', async () => {
    let clock = 1_000_000_000_000;
    let fetched = 0;
    const cache = createTokenCache(
      async () => jwt({ exp: clock / 1000 + 600, n: ++fetched }),
      () => clock,
    );
    const signal = new AbortController().signal;
    const first = await cache.get(signal);
    clock += 530_000;
    expect(await cache.get(signal)).toBe(first);
    clock += 20_000;
    expect(await cache.get(signal)).not.toBe(first);
    expect(fetched).toBe(2);
  });

  it('assumes ten minutes for opaque tokens and forgets on invalidate', async () => {
    let clock = 0;
    let fetched = 0;
    const cache = createTokenCache(
      async () => `token-${++fetched}`,
      () => clock,
    );
    const signal = new AbortController().signal;
    expect(await cache.get(signal)).toBe('token-1');
    clock = 8 * 60_000;
    expect(await cache.get(signal)).toBe('token-1');
    cache.invalidate();
    expect(await cache.get(signal)).toBe('token-2');
    clock += 9.5 * 60_000;
    expect(await cache.get(signal)).toBe('token-3');
  });

  it('does not cache a failed fetch', async () => {
    let calls = 0;
    const cache = createTokenCache(async () => {
      if (++calls === 1) throw new Error('offline');
      return 'ok';
    });
    const signal = new AbortController().signal;
    await expect(cache.get(signal)).rejects.toThrow('offline');
    expect(await cache.get(signal)).toBe('ok');
  });
});
