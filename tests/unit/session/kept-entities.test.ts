import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryCache } from '../../../src/cache/memory-cache';
import type { TranslationCache } from '../../../src/cache/translation-cache';
import { forgetRecognisedBlocks } from '../../../src/entities/block-candidates';
import { recogniserFor } from '../../../src/entities/recognisers';
import { RECOGNISER_VERSION } from '../../../src/entities/recogniser-version';
import { settingsItem } from '../../../src/settings/settings-store';
import type { EntitiesInput, FoundEntities } from '../../../src/ui/session/find-entities';
import { entitiesKey, isComplete, keptOrFound } from '../../../src/ui/session/kept-entities';
import { SettingsState } from '../../../src/ui/session/settings-state.svelte';
import { TranslationState } from '../../../src/ui/session/translation-state.svelte';
import { fakeProvider } from '../router/fake-provider';
import { dependenciesWith, resetFakeExtension } from './fake-extension';
import { ARTICLE, subject } from './moscow-article';

const ENGLISH = 'President Ebrahim Raisi met Vladimir Putin in Moscow.';
const input = (translation = ENGLISH): EntitiesInput => ({
  blocks: ARTICLE.blocks,
  sourceLang: 'ur',
  targetLang: 'en',
  translations: { b0: 'Iranian President arrives in Moscow', b1: translation, b2: 'The two leaders discussed trade.' },
});
const FOUND: FoundEntities = {
  entities: {
    entities: [{ id: 'e0', type: 'person', name: 'Vladimir Putin', aliases: [], mentions: 1, score: 1, key: true }],
    mentions: [{ blockId: 'b1', start: 28, end: 42, entityId: 'e0', type: 'person', text: 'Vladimir Putin' }],
  },
  sourceMentions: [],
};

async function settings() {
  await settingsItem.setValue({
    targetLanguage: 'en',
    provider: 'libretranslate',
    providers: { libretranslate: { url: 'http://lt.test' } },
  });
  const state = new SettingsState();
  await state.load();
  return state;
}

beforeEach(() => {
  resetFakeExtension(['http://lt.test/*']);
  forgetRecognisedBlocks();
});

describe('entities kept with the translation', () => {
  it('a popup opened again on an article read before shows its kept entities, without recognising it again', async () => {
    const provider = fakeProvider({ handler: (req) => req.texts.map(() => ENGLISH) });
    const store = createMemoryCache({ maxEntries: 10 });
    const deps = dependenciesWith(provider, createMemoryCache({ maxEntries: 10 }), store);
    const first = new TranslationState(await settings(), { surface: 'popup', deps });
    await first.begin(subject);
    expect(first.entities?.mentions.map((m) => m.text)).toContain('Vladimir Putin');
    expect(await store.count()).toBe(1);

    // A new page (another browser session): translations from the cache, entities from the store, the recogniser idle.
    forgetRecognisedBlocks();
    const recognise = vi.spyOn(recogniserFor('en'), 'find');
    const reopened = new TranslationState(await settings(), { surface: 'popup', deps });
    await reopened.begin(subject);
    expect(reopened.fromCache).toBe(3);
    expect(recognise).not.toHaveBeenCalled();
    expect(reopened.entities).toEqual(first.entities);
    expect(reopened.sourceMentions).toEqual(first.sourceMentions);
    expect(reopened.sourceMentions.length).toBeGreaterThan(0);
    recognise.mockRestore();
  });

  it('the key follows the recogniser, the languages and every text, and holds none of them', async () => {
    const key = await entitiesKey(input());
    expect(key.startsWith(`entities|${RECOGNISER_VERSION}|ur|en|`)).toBe(true);
    expect(key).not.toContain('Putin');
    expect(await entitiesKey(input())).toBe(key);
    expect(await entitiesKey(input('President Raisi met Putin.'))).not.toBe(key);
    expect(await entitiesKey({ ...input(), targetLang: 'fr' })).not.toBe(key);
    expect(await entitiesKey({ ...input(), translations: undefined })).not.toBe(key);
  });

  it('an article with a block not translated is not kept, and is recognised again once complete', async () => {
    const partial: EntitiesInput = { ...input(), translations: { b0: 'Iranian President arrives in Moscow' } };
    expect(isComplete(partial)).toBe(false);
    expect(isComplete(input())).toBe(true);
    expect(isComplete({ ...input(), translations: undefined })).toBe(true);
    const store = createMemoryCache({ maxEntries: 10 });
    const find = vi.fn(() => Promise.resolve(FOUND));
    await keptOrFound(partial, find, Promise.resolve(store));
    expect(await store.count()).toBe(0);
    await keptOrFound(input(), find, Promise.resolve(store));
    expect(await keptOrFound(input(), find, Promise.resolve(store))).toEqual(FOUND);
    expect(find).toHaveBeenCalledTimes(2);
  });

  it('a damaged entry is recognised again and replaced', async () => {
    const store = createMemoryCache({ maxEntries: 10 });
    const key = await entitiesKey(input());
    for (const damaged of ['{"entities":', '{"entities":{"entities":[]}}', 'null']) {
      await store.put(key, damaged);
      const find = vi.fn(() => Promise.resolve(FOUND));
      expect(await keptOrFound(input(), find, Promise.resolve(store))).toEqual(FOUND);
      expect(find).toHaveBeenCalledOnce();
      await vi.waitFor(async () => expect((await store.getMany([key])).get(key)).toBe(JSON.stringify(FOUND)));
    }
  });

  it('a store that cannot be opened, read or written costs nothing but the recognition', async () => {
    const failing: TranslationCache = {
      getMany: () => Promise.reject(new Error('read refused')),
      put: () => Promise.reject(new Error('quota')),
      clear: () => Promise.resolve(),
      count: () => Promise.resolve(0),
    };
    const find = () => Promise.resolve(FOUND);
    expect(await keptOrFound(input(), find, Promise.resolve(failing))).toEqual(FOUND);
    expect(await keptOrFound(input(), find, Promise.reject(new Error('no IndexedDB')))).toEqual(FOUND);
    expect(await keptOrFound(input(), find, Promise.resolve(undefined))).toEqual(FOUND);
  });
});
