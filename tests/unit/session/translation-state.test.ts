import { beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetRecognisedBlocks } from '../../../src/entities/block-candidates';
import { recogniserFor } from '../../../src/entities/recognisers';
import { loadSettings, settingsItem } from '../../../src/settings/settings-store';
import { ProviderError } from '../../../src/translate/errors';
import { ArticleSession } from '../../../src/ui/session/article-session.svelte';
import { SettingsState } from '../../../src/ui/session/settings-state.svelte';
import { TranslationState } from '../../../src/ui/session/translation-state.svelte';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { leaveSession, settingsFingerprint } from '../../../src/ui/session/session-handoff';
import { fakeProvider, tag } from '../router/fake-provider';
import { dependenciesWith, resetFakeExtension } from './fake-extension';
import { ARTICLE, subject } from './moscow-article';

const LT = {
  targetLanguage: 'en',
  provider: 'libretranslate',
  providers: { libretranslate: { url: 'http://lt.test' } },
};

async function ready(settingsValue: unknown = LT) {
  await settingsItem.setValue(settingsValue);
  const settings = new SettingsState();
  await settings.load();
  return settings;
}

beforeEach(() => void resetFakeExtension(['http://lt.test/*']));

describe('TranslationState: owns what the view shows of a translation', () => {
  it('translates every block into the reader’s language and finds entities in the translation', async () => {
    const provider = fakeProvider({
      handler: (req) => req.texts.map((text) => `President Vladimir Putin spoke for ${text.length} minutes.`),
    });
    const state = new TranslationState(await ready(), { surface: 'popup', deps: dependenciesWith(provider) });
    await state.begin(subject);
    expect(state.targetLang).toBe('en');
    expect(state.done).toBe(3);
    expect(state.total).toBe(3);
    expect(state.failed).toEqual([]);
    expect(state.blocks.b1?.text).toBe(`President Vladimir Putin spoke for ${ARTICLE.blocks[1]!.text.length} minutes.`);
    expect(state.entities?.mentions.some((m) => m.text === 'Vladimir Putin')).toBe(true);
  });

  it('retries only the failed blocks and keeps the ones already shown', async () => {
    let failing = true;
    const provider = fakeProvider({
      limits: { maxItems: 1 },
      handler: (req) => {
        if (failing && req.texts[0] === ARTICLE.blocks[2]!.text)
          throw new ProviderError('libretranslate', 'auth', { reason: 'key-refused' });
        return req.texts.map((text) => tag('libretranslate', text));
      },
    });
    const state = new TranslationState(await ready(), { surface: 'popup', deps: dependenciesWith(provider) });
    await state.begin(subject);
    expect(state.failed).toEqual(['b2']);
    expect(state.blocks.b2?.error).toBe('LibreTranslate refused the key. Check it in the options.');
    failing = false;
    const before = provider.calls.length;
    await state.retry();
    expect(provider.calls.slice(before)).toEqual([[ARTICLE.blocks[2]!.text]]);
    expect(state.done).toBe(3);
  });

  it('a new target language is stored in the settings and for the site, and the article translated again', async () => {
    const provider = fakeProvider();
    const state = new TranslationState(await ready(), { surface: 'popup', deps: dependenciesWith(provider) });
    await state.begin(subject);
    await state.setTarget('fr');
    expect(state.targetLang).toBe('fr');
    const stored = await loadSettings();
    expect(stored.targetLanguage).toBe('fr');
    expect(stored.sites['news.example.pk']?.targetLanguage).toBe('fr');
    expect(state.done).toBe(3);
  });

  it('“never translate Urdu” shows the original, remembered for every article', async () => {
    const state = new TranslationState(await ready(), { surface: 'popup', deps: dependenciesWith(fakeProvider()) });
    await state.begin(subject);
    await state.setNeverTranslate(true);
    expect(state.skipped).toBe('never');
    expect(state.total).toBe(0);
    expect((await loadSettings()).neverTranslate).toEqual(['ur']);
  });

  it('asks for consent before sending text to a cloud service, and goes ahead once the reader agrees', async () => {
    const google = fakeProvider({ id: 'google' });
    const state = new TranslationState(await ready({ targetLanguage: 'en', provider: 'google' }), {
      surface: 'panel',
      deps: { plan: dependenciesWith(google).plan, cache: dependenciesWith(google).cache },
    });
    await state.begin(subject);
    expect(state.gate?.kind).toBe('consent');
    expect(state.providerLabel).toBe('Google Translate');
    expect(google.calls).toEqual([]);
    await state.allow();
    expect(state.gate).toBeNull();
    expect((await loadSettings()).consent.google).toBe(true);
    expect(state.done).toBe(3);
  });
});

describe('ArticleSession: one surface hands its session to another', () => {
  it('the panel shows the popup’s article and translations from a snapshot: no extraction, no request', async () => {
    const provider = fakeProvider();
    const deps = dependenciesWith(provider);
    const settings = await ready();
    const popupState = new TranslationState(settings, { surface: 'popup', deps });
    await popupState.begin(subject);
    const calls = provider.calls.length;

    const panel = new ArticleSession('panel', { deps });
    await panel.resume(
      {
        tab: { id: 7, url: ARTICLE.url },
        article: ARTICLE,
        comments: { state: 'closed' },
        sourceLang: 'ur',
        display: 'side-by-side',
        settingsKey: settingsFingerprint(settings.current!),
        translation: popupState.snapshot(),
      },
      settings.current!,
    );
    expect(panel.phase).toBe('ready');
    expect(panel.article?.title).toBe(ARTICLE.title);
    expect(panel.display).toBe('side-by-side');
    expect(panel.comments?.state).toBe('closed');
    expect(panel.translation.done).toBe(3);
    expect(panel.translation.blocks.b1?.text).toBe(tag('libretranslate', ARTICLE.blocks[1]!.text));
    expect(provider.calls.length).toBe(calls);
    const texts = (blocks: Record<string, { text?: string }> = {}) => Object.values(blocks).map((b) => b.text);
    expect(texts(panel.snapshot()?.translation.blocks)).toEqual(texts(popupState.snapshot().blocks));
    expect(panel.translation.fromCache).toBe(3);
  });

  it('the panel shows the entities the popup found, without recognising the article again', async () => {
    const provider = fakeProvider({
      handler: (req) => req.texts.map(() => 'President Vladimir Putin met Ebrahim Raisi in Moscow.'),
    });
    const deps = dependenciesWith(provider);
    const settings = await ready();
    const popupState = new TranslationState(settings, { surface: 'popup', deps });
    await popupState.begin(subject);
    const left = popupState.snapshot();
    expect(left.found?.entities.mentions.map((m) => m.text)).toContain('Vladimir Putin');

    // Stored as the browser stores it (a structured clone), read back by a panel whose recogniser is not asked (and
    // remembers nothing of the popup's blocks, as in another page).
    forgetRecognisedBlocks();
    const recognise = vi.spyOn(recogniserFor('en'), 'find');
    const panel = new TranslationState(settings, { surface: 'panel', deps });
    await panel.resume(subject, structuredClone(left));
    expect(recognise).not.toHaveBeenCalled();
    expect(panel.entities).toEqual(popupState.entities);
    expect(panel.sourceMentions).toEqual(popupState.sourceMentions);
    expect(panel.sourceMentions.length).toBeGreaterThan(0);
    recognise.mockRestore();
  });

  it('a reopened popup shows the session it left for the same page and settings, and reads the page otherwise', async () => {
    const provider = fakeProvider();
    const settings = await ready();
    const tab = await fakeBrowser.tabs.create({ url: ARTICLE.url });
    const snapshot = {
      tab: { id: tab.id!, url: ARTICLE.url },
      article: ARTICLE,
      comments: null,
      sourceLang: 'ur',
      display: 'translation' as const,
      settingsKey: settingsFingerprint(settings.current!),
      translation: {
        targetLang: 'en',
        commentsQuote: '',
        providerLabel: 'Fake',
        blocks: Object.fromEntries(ARTICLE.blocks.map((b) => [b.id, { state: 'done' as const, text: `EN ${b.id}` }])),
      },
    };
    await leaveSession(snapshot);
    const reopened = new ArticleSession('popup', { deps: dependenciesWith(provider) });
    await reopened.start(`?tabId=${tab.id}`);
    expect(reopened.phase).toBe('ready');
    expect(reopened.translation.blocks.b2?.text).toBe('EN b2');
    expect(provider.calls).toEqual([]);

    // Another server chosen since: the left session is not reused, the page is read again (here: it cannot be).
    await settingsItem.setValue({ ...LT, providers: { libretranslate: { url: 'http://lt2.test' } } });
    const again = new ArticleSession('popup', { deps: dependenciesWith(provider) });
    await again.start(`?tabId=${tab.id}`);
    expect(again.phase).not.toBe('ready');
    expect(again.article).toBeNull();
  });

  it('a snapshot taken mid-way is finished by the panel, translating only what was missing', async () => {
    const provider = fakeProvider();
    const panel = new ArticleSession('panel', { deps: dependenciesWith(provider) });
    const settings = await ready();
    await panel.resume(
      {
        tab: { id: 7, url: ARTICLE.url },
        article: ARTICLE,
        comments: null,
        sourceLang: 'ur',
        display: 'translation',
        settingsKey: settingsFingerprint(settings.current!),
        translation: {
          targetLang: 'en',
          commentsQuote: '',
          providerLabel: 'Fake',
          blocks: { b0: { state: 'done', text: 'Title' }, b1: { state: 'pending' }, b2: { state: 'pending' } },
        },
      },
      settings.current!,
    );
    expect(provider.calls.flat()).toEqual([ARTICLE.blocks[1]!.text, ARTICLE.blocks[2]!.text]);
    expect(panel.translation.blocks.b0?.text).toBe('Title');
    expect(panel.translation.done).toBe(3);
  });
});
