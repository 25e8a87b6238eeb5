import { beforeEach, describe, expect, it, vi } from 'vitest';
import { settingsItem } from '../../../src/settings/settings-store';
import { ArticleSession } from '../../../src/ui/session/article-session.svelte';
import { runTranslation } from '../../../src/ui/session/run-translation';
import { normalizeSettings } from '../../../src/settings/settings-schema';
import type { TranslationSink } from '../../../src/ui/session/translation-sink';
import { createMemoryCache } from '../../../src/cache/memory-cache';
import { cacheKey } from '../../../src/cache/cache-key';
import { fakeProvider, tag } from '../router/fake-provider';
import { dependenciesWith, resetFakeExtension } from './fake-extension';

const LT = {
  targetLanguage: 'en',
  provider: 'libretranslate',
  providers: { libretranslate: { url: 'http://lt.test' } },
};
const TEXT = 'ایرانی صدر ماسکو پہنچ گئے\nصدر نے روسی ہم منصب سے ملاقات کی۔';

/** A provider whose answers wait until `release` is called. */
function heldProvider() {
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const provider = fakeProvider({
    handler: async (req) => (await held, req.texts.map((t) => tag('libretranslate', t))),
  });
  return { provider, release };
}

beforeEach(async () => {
  resetFakeExtension(['http://lt.test/*']);
  await settingsItem.setValue(LT);
});

describe('the article is drawn once its first request is on its way', () => {
  it('stays loading until the request has left, then shows the article with its blocks pending', async () => {
    const { provider, release } = heldProvider();
    const phaseAtRequest: string[] = [];
    const translate = provider.translate.bind(provider);
    provider.translate = (req) => (phaseAtRequest.push(session.phase), translate(req));
    const session = new ArticleSession('panel', { deps: dependenciesWith(provider) });
    await session.preferences.load();
    const showing = session.showText({ id: 3, url: 'https://news.example.pk/a' }, TEXT);
    expect(session.phase).toBe('loading');
    await vi.waitFor(() => expect(session.phase).toBe('ready'));
    // The request left before the article was drawn: drawing it did not hold the request back.
    expect(phaseAtRequest).toEqual(['loading']);
    expect(Object.values(session.translation.blocks).map((b) => b.state)).toEqual(['pending', 'pending']);
    release();
    await showing;
    expect(session.translation.done).toBe(2);
  });

  it('a fully cached article is drawn with its translations, without a request', async () => {
    const cache = createMemoryCache({ maxEntries: 10 });
    for (const line of TEXT.split('\n')) await cache.put(await cacheKey('libretranslate', 'ur', 'en', line), 'EN');
    const provider = fakeProvider();
    const session = new ArticleSession('panel', { deps: dependenciesWith(provider, cache) });
    await session.preferences.load();
    const showing = session.showText({ id: 3, url: 'https://news.example.pk/a' }, TEXT);
    await vi.waitFor(() => expect(session.phase).toBe('ready'));
    expect(session.translation.done).toBe(2);
    await showing;
    expect(provider.calls).toEqual([]);
  });

  it('a message shown before gives way while the article is prepared', async () => {
    const session = new ArticleSession('panel', { deps: dependenciesWith(fakeProvider()) });
    await session.preferences.load();
    await session.showText({ id: 3, url: 'https://news.example.pk/a' }, '  ');
    expect(session.phase).toBe('error');
    const showing = session.showText({ id: 3, url: 'https://news.example.pk/a' }, TEXT);
    expect(session.phase).toBe('loading');
    await showing;
    expect(session.phase).toBe('ready');
  });

  it('an article that is not translated (the reader’s language) is drawn at once', async () => {
    await settingsItem.setValue({ ...LT, targetLanguage: 'ur' });
    const session = new ArticleSession('panel', { deps: dependenciesWith(fakeProvider()) });
    await session.preferences.load();
    await session.showText({ id: 3, url: 'https://news.example.pk/a' }, TEXT);
    expect(session.phase).toBe('ready');
    expect(session.translation.skipped).toBe('same-language');
  });
});

describe('runTranslation: under way', () => {
  it('is told once, after the request has left and before its answer', async () => {
    const { provider, release } = heldProvider();
    const events: string[] = [];
    const sink: TranslationSink = {
      skipped: () => undefined,
      gated: () => undefined,
      download: () => undefined,
      started: () => void events.push('started'),
      block: (id) => void events.push(`block ${id}`),
      underway: () => void events.push(`underway after ${provider.calls.length} request(s)`),
      notice: () => undefined,
      commentsQuote: () => undefined,
    };
    const input = {
      blocks: [{ id: 'b0', kind: 'paragraph' as const, text: 'سلام' }],
      from: 'ur',
      to: 'en',
      settings: normalizeSettings(LT),
      comments: null,
    };
    const running = runTranslation(input, sink, new AbortController().signal, dependenciesWith(provider));
    await vi.waitFor(() => expect(events).toContain('underway after 1 request(s)'));
    release();
    expect(await running).toBe('finished');
    expect(events).toEqual(['started', 'underway after 1 request(s)', 'block b0']);
  });
});
