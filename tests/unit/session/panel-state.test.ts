import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Article } from '../../../src/extract/types';
import { normalizeSettings } from '../../../src/settings/settings-schema';
import { settingsItem } from '../../../src/settings/settings-store';
import { leaveRequest, leaveSession, settingsFingerprint, takeSession } from '../../../src/ui/session/session-handoff';
import { PanelState } from '../../../src/ui/panel/panel-state.svelte';
import type { SessionSnapshot } from '../../../src/ui/session/article-session.svelte';
import { fakeProvider, tag } from '../router/fake-provider';
import { dependenciesWith, resetFakeExtension } from './fake-extension';

const URL_A = 'https://news.example.pk/2023/12/07/story/';
const ARTICLE: Article = {
  url: URL_A,
  title: 'ایرانی صدر ماسکو پہنچ گئے',
  lang: 'ur',
  dir: 'rtl',
  blocks: [
    { id: 'b0', kind: 'title', text: 'ایرانی صدر ماسکو پہنچ گئے' },
    { id: 'b1', kind: 'paragraph', text: 'دونوں رہنماؤں نے تجارت پر بات کی۔' },
  ],
};
const LT = {
  targetLanguage: 'en',
  provider: 'libretranslate',
  providers: { libretranslate: { url: 'http://lt.test' } },
};

function snapshotFor(tabId: number): SessionSnapshot {
  return {
    tab: { id: tabId, url: URL_A },
    article: ARTICLE,
    comments: { state: 'closed' },
    sourceLang: 'ur',
    display: 'translation',
    settingsKey: settingsFingerprint(normalizeSettings(LT)),
    translation: {
      targetLang: 'en',
      commentsQuote: '',
      providerLabel: 'LibreTranslate',
      blocks: {
        b0: { state: 'done', text: 'Iranian President arrives in Moscow' },
        b1: { state: 'done', text: 'Trade.' },
      },
    },
  };
}

let provider: ReturnType<typeof fakeProvider>;
const newPanel = () => new PanelState({ deps: dependenciesWith(provider) });

beforeEach(async () => {
  resetFakeExtension(['http://lt.test/*']);
  // One browser window, in front: where the tabs open and the panel lives.
  await fakeBrowser.windows.create({ focused: true });
  provider = fakeProvider();
  await settingsItem.setValue(LT);
});

describe('PanelState: the panel beside one tab', () => {
  it('shows the session the popup left for its tab, without reading the page or asking the provider', async () => {
    const tab = await fakeBrowser.tabs.create({ url: URL_A, active: true });
    await leaveSession(snapshotFor(tab.id!));
    const panel = newPanel();
    await panel.start(`?tabId=${tab.id}`);
    expect(panel.view).toBe('session');
    expect(panel.session.article?.title).toBe(ARTICLE.title);
    expect(panel.session.translation.blocks.b0?.text).toBe('Iranian President arrives in Moscow');
    expect(provider.calls).toEqual([]);
  });

  it('turns into the prompt as soon as its tab starts loading another page, and forgets the old session', async () => {
    const tab = await fakeBrowser.tabs.create({ url: URL_A, active: true });
    await leaveSession(snapshotFor(tab.id!));
    const panel = newPanel();
    await panel.start(`?tabId=${tab.id}`);
    // No host access: the browser says only that the tab is loading, not where to.
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'loading' }, tab);
    expect(panel.view).toBe('prompt');
    await vi.waitFor(async () => expect(await takeSession(tab.id!)).toBeUndefined());
  });

  it('waiting on its tab, shows the session the popup left for it once the reader clicked the icon', async () => {
    const tab = await fakeBrowser.tabs.create({ url: URL_A, active: true });
    const panel = newPanel();
    await panel.start('');
    expect(panel.view).toBe('prompt');
    await leaveSession(snapshotFor(tab.id!));
    await vi.waitFor(() => expect(panel.view).toBe('session'));
    expect(panel.session.translation.done).toBe(2);
    expect(provider.calls).toEqual([]);
  });

  it('a fragment of the same page is no navigation', async () => {
    const tab = await fakeBrowser.tabs.create({ url: URL_A, active: true });
    await leaveSession(snapshotFor(tab.id!));
    const panel = newPanel();
    await panel.start(`?tabId=${tab.id}`);
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'loading', url: `${URL_A}#comments` }, tab);
    expect(panel.view).toBe('session');
  });

  it('follows tab switches: the prompt for a tab it has not read, the article again for the one it has', async () => {
    const a = await fakeBrowser.tabs.create({ url: URL_A, active: true });
    const b = await fakeBrowser.tabs.create({ url: 'https://other.example/', active: false });
    await leaveSession(snapshotFor(a.id!));
    const panel = newPanel();
    await panel.start('');
    expect(panel.view).toBe('session');
    await fakeBrowser.tabs.update(b.id!, { active: true });
    await vi.waitFor(() => expect(panel.view).toBe('prompt'));
    await fakeBrowser.tabs.update(a.id!, { active: true });
    await vi.waitFor(() => expect(panel.view).toBe('session'));
    expect(panel.session.article?.url).toBe(URL_A);
  });

  it('a page whose address the browser no longer tells is not the article the popup left', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example.pk/another-story/', active: true });
    await leaveSession(snapshotFor(tab.id!));
    const panel = newPanel();
    await panel.start('');
    expect(panel.view).toBe('prompt');
    expect(panel.session.article).toBeNull();
  });

  it('translates a selection handed over by the menu, as paragraphs, with the same providers', async () => {
    const tab = await fakeBrowser.tabs.create({ url: URL_A, active: true });
    const text = 'صدر نے ملاقات کی۔\nدونوں رہنماؤں نے تجارت پر بات کی۔';
    await leaveRequest({ kind: 'selection', tabId: tab.id!, text, url: URL_A, at: Date.now() });
    const panel = newPanel();
    await panel.start('');
    expect(panel.selection).toBe(true);
    expect(panel.session.sourceLang).toBe('ur');
    expect(panel.session.article?.blocks.map((b) => b.id)).toEqual(['s0', 's1']);
    expect(panel.session.translation.blocks.s1?.text).toBe(tag('libretranslate', 'دونوں رہنماؤں نے تجارت پر بات کی۔'));
  });

  it('a selection arriving while the panel is open replaces what it shows', async () => {
    const tab = await fakeBrowser.tabs.create({ url: URL_A, active: true });
    await leaveSession(snapshotFor(tab.id!));
    const panel = newPanel();
    await panel.start('');
    await leaveRequest({ kind: 'selection', tabId: tab.id!, text: 'ماسکو', url: URL_A, at: Date.now() });
    await vi.waitFor(() => expect(panel.session.translation.blocks.s0?.state).toBe('done'));
    expect(panel.selection).toBe(true);
  });
});

describe('settingsFingerprint', () => {
  it('is the same for settings the storage hands back with sorted keys, and holds no API key', () => {
    const a = normalizeSettings({
      ...LT,
      providers: { libretranslate: { url: 'http://lt.test', apiKey: 'secret-1' } },
    });
    const reversed = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).reverse()) as T;
    const reordered = reversed({ ...a, display: reversed(a.display) });
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(a));
    expect(settingsFingerprint(reordered)).toBe(settingsFingerprint(a));
    expect(settingsFingerprint(a)).not.toContain('secret-1');
    expect(settingsFingerprint(normalizeSettings({ ...LT, targetLanguage: 'ur' }))).not.toBe(settingsFingerprint(a));
  });
});
