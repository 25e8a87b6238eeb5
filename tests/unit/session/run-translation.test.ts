import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryCache } from '../../../src/cache/memory-cache';
import type { Block } from '../../../src/extract/types';
import { normalizeSettings } from '../../../src/settings/settings-schema';
import { ProviderError } from '../../../src/translate/errors';
import { t } from '../../../src/ui/i18n';
import { runTranslation } from '../../../src/ui/session/run-translation';
import type { TranslationInput, TranslationSink } from '../../../src/ui/session/translation-sink';
import { fakeProvider, tag } from '../router/fake-provider';
import { dependenciesWith, resetFakeExtension } from './fake-extension';

const BLOCKS: Block[] = [
  { id: 'b0', kind: 'title', text: 'ایرانی صدر ماسکو پہنچ گئے' },
  { id: 'b1', kind: 'paragraph', text: 'صدر نے روسی ہم منصب سے ملاقات کی۔' },
  { id: 'b2', kind: 'paragraph', text: 'دونوں رہنماؤں نے تجارت پر بات کی۔' },
];

/** A sink that writes down every report, in order. */
function recorder() {
  const events: [string, ...unknown[]][] = [];
  const sink: TranslationSink = {
    skipped: (reason) => events.push(['skipped', reason]),
    gated: (gate, label) => events.push(['gated', gate?.kind ?? null, label]),
    download: (state) => events.push(['download', state]),
    started: (ids, reset) => events.push(['started', [...ids], reset]),
    block: (id, translation) => events.push(['block', id, translation]),
    underway: () => events.push(['underway']),
    notice: (text) => events.push(['notice', text]),
    commentsQuote: (text) => events.push(['quote', text]),
  };
  const of = (kind: string) => events.filter((e) => e[0] === kind);
  return { sink, events, of };
}

const input = (overrides: Partial<TranslationInput> = {}): TranslationInput => ({
  blocks: BLOCKS,
  from: 'ur',
  to: 'en',
  settings: normalizeSettings({ provider: 'libretranslate', providers: { libretranslate: { url: 'http://lt.test' } } }),
  comments: null,
  ...overrides,
});

const signal = () => new AbortController().signal;

// The browser granted the configured LibreTranslate server's origin (the options page asks for it).
beforeEach(() => void resetFakeExtension(['http://lt.test/*']));

describe('runTranslation: plain data in, reports out', () => {
  it('starts every block pending, then reports each translation; a second run is answered by the cache', async () => {
    const provider = fakeProvider();
    const deps = dependenciesWith(provider);
    const first = recorder();
    expect(await runTranslation(input(), first.sink, signal(), deps)).toBe('finished');
    expect(first.of('started')).toEqual([['started', ['b0', 'b1', 'b2'], true]]);
    expect(first.of('block').map(([, id, t]) => [id, t])).toEqual(
      BLOCKS.map((b) => [b.id, { state: 'done', text: tag('libretranslate', b.text), fromCache: false }]),
    );
    const calls = provider.calls.length;
    expect(calls).toBeGreaterThan(0);

    const second = recorder();
    expect(await runTranslation(input(), second.sink, signal(), deps)).toBe('finished');
    expect(provider.calls.length).toBe(calls);
    expect(second.of('block').every(([, , t]) => (t as { fromCache: boolean }).fromCache)).toBe(true);
  });

  it('translates only the blocks asked for on a retry, without resetting the others', async () => {
    const provider = fakeProvider();
    const { sink, of } = recorder();
    await runTranslation(input({ only: ['b1'] }), sink, signal(), dependenciesWith(provider));
    expect(of('started')).toEqual([['started', ['b1'], false]]);
    expect(provider.calls.flat()).toEqual([BLOCKS[1]!.text]);
  });

  it('skips an article in the reader’s language, or one they never translate, without planning a provider', async () => {
    let planned = 0;
    const deps = { plan: () => (planned++, Promise.reject(new Error('not to be called'))) };
    const same = recorder();
    expect(await runTranslation(input({ to: 'ur' }), same.sink, signal(), deps)).toBe('skipped');
    expect(same.of('skipped')).toEqual([['skipped', 'same-language']]);
    const never = recorder();
    const settings = normalizeSettings({ neverTranslate: ['ur'] });
    expect(await runTranslation(input({ settings }), never.sink, signal(), deps)).toBe('skipped');
    expect(never.of('skipped')).toEqual([['skipped', 'never']]);
    expect(planned).toBe(0);
  });

  it('stops at the consent card for a cloud service the reader has not agreed to, and at the permission card after', async () => {
    const google = fakeProvider({ id: 'google' });
    const deps = { plan: dependenciesWith(google).plan };
    const noConsent = recorder();
    const settings = normalizeSettings({ provider: 'google' });
    expect(await runTranslation(input({ settings }), noConsent.sink, signal(), deps)).toBe('gated');
    expect(noConsent.of('gated')).toEqual([['gated', 'consent', 'Google Translate']]);

    const noPermission = recorder();
    const agreed = normalizeSettings({ provider: 'google', consent: { google: true } });
    expect(await runTranslation(input({ settings: agreed }), noPermission.sink, signal(), deps)).toBe('gated');
    expect(noPermission.of('gated')).toEqual([['gated', 'permission', 'Google Translate']]);
    expect(google.calls).toEqual([]);
  });

  it('gives each block the provider’s error in words, and says the run failed', async () => {
    const provider = fakeProvider({
      handler: () => {
        throw new ProviderError('libretranslate', 'auth', { status: 403, reason: 'key-refused' });
      },
    });
    const { sink, of } = recorder();
    const outcome = await runTranslation(input(), sink, signal(), {
      ...dependenciesWith(provider),
      cache: () => Promise.resolve(createMemoryCache({ maxEntries: 10 })),
    });
    expect(outcome).toBe('failed');
    const errors = of('block').map(([, , t]) => t as { state: string; error: string });
    expect(errors).toHaveLength(3);
    // The reader reads the catalogue's words, naming the service, not an HTTP status.
    expect(t('errorAuth', 'LibreTranslate')).toBe('LibreTranslate refused the key. Check it in the options.');
    for (const e of errors) expect(e).toMatchObject({ state: 'error', error: t('errorAuth', 'LibreTranslate') });
  });

  it('reports nothing more once cancelled', async () => {
    const controller = new AbortController();
    const provider = fakeProvider({
      handler: (req) =>
        new Promise((_, reject) => req.signal.addEventListener('abort', () => reject(req.signal.reason))),
    });
    const { sink, of } = recorder();
    const running = runTranslation(input(), sink, controller.signal, dependenciesWith(provider));
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    expect(await running).toBe('aborted');
    expect(of('block')).toEqual([]);
  });
});
