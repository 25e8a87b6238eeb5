import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { normalizeSettings } from '../../../src/settings/settings-schema';
import { accessGate, checkAccessAhead, requestOrigins } from '../../../src/translate/provider-access';
import { candidateProviders, cloudCandidates } from '../../../src/translate/router/candidate-providers';
import { resetFakeExtension } from './fake-extension';

const LT = 'http://lt.test/*';
const settings = normalizeSettings({
  provider: 'libretranslate',
  providers: { libretranslate: { url: 'http://lt.test' } },
});

/** Counts the browser's `permissions.contains` calls while answering from the granted set. */
function countContains(): { count: number } {
  const calls = { count: 0 };
  const permissions = fakeBrowser.permissions as unknown as Record<string, (...args: unknown[]) => Promise<boolean>>;
  const real = permissions.contains!;
  permissions.contains = (...args) => (calls.count++, real(...args));
  return calls;
}

describe('checkAccessAhead: the permission asked before the article is there', () => {
  beforeEach(() => void resetFakeExtension([LT]));

  it('answers the next gate for those origins without asking the browser again, once', async () => {
    const calls = countContains();
    checkAccessAhead(['libretranslate'], settings, 1_000);
    expect(calls.count).toBe(1);
    expect(await accessGate('libretranslate', settings, 2_000)).toBeUndefined();
    expect(calls.count).toBe(1);
    // Used once: the next gate asks again.
    expect(await accessGate('libretranslate', settings, 3_000)).toBeUndefined();
    expect(calls.count).toBe(2);
  });

  it('does not use an answer past its freshness, nor one asked before a grant', async () => {
    // Granted elsewhere (the options page) after the answer was asked: a stale answer is not used.
    const granted = resetFakeExtension([]);
    checkAccessAhead(['libretranslate'], settings, 0);
    granted.add(LT);
    expect(await accessGate('libretranslate', settings, 60_000)).toBeUndefined();

    resetFakeExtension([]);
    checkAccessAhead(['libretranslate'], settings, 0);
    expect(await requestOrigins([LT])).toBe(true);
    // The answer asked before the grant said no; the gate asks again and finds it granted.
    expect(await accessGate('libretranslate', settings, 1)).toBeUndefined();
  });

  it('asks nothing for a provider the reader has not agreed to: the gate is the consent card', async () => {
    const calls = countContains();
    const auto = normalizeSettings({});
    checkAccessAhead(cloudCandidates(auto), auto, 0);
    expect(calls.count).toBe(0);
    expect(await accessGate('google', auto, 1)).toMatchObject({ kind: 'consent', provider: 'google' });
  });
});

describe('candidateProviders', () => {
  it('auto may fall on the device, Google or Microsoft; an explicit choice only on itself', () => {
    expect(candidateProviders(normalizeSettings({}))).toEqual(['chrome-builtin', 'google', 'microsoft']);
    expect(cloudCandidates(normalizeSettings({}))).toEqual(['google', 'microsoft']);
    expect(candidateProviders(settings)).toEqual(['libretranslate']);
    expect(cloudCandidates(normalizeSettings({ provider: 'chrome-builtin' }))).toEqual([]);
  });
});
