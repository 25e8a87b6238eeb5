import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshRequest } from '../../../src/ui/session/session-handoff';
import { translateSelectionOfTab, translateSelectionText } from '../../../src/ui/panel/translate-selection';
import { resetFakeExtension } from './fake-extension';

let opened: { tabId: number }[];
let injected: unknown[];

beforeEach(() => {
  resetFakeExtension();
  opened = [];
  injected = [];
  (fakeBrowser as unknown as { sidePanel: { open(o: { tabId: number }): Promise<void> } }).sidePanel.open = (o) => {
    opened.push(o);
    return Promise.resolve();
  };
  (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = (details: unknown) => {
    injected.push(details);
    return Promise.resolve([{ result: 'منتخب متن' }]);
  };
});

describe('translating a selection', () => {
  it('from the menu: opens the panel for the tab and hands it the text the menu gave, injecting nothing', async () => {
    translateSelectionText({ id: 4, url: 'https://news.example.pk/a' }, 'ایرانی صدر');
    expect(opened).toEqual([{ tabId: 4 }]);
    await vi.waitFor(async () =>
      expect(await freshRequest()).toMatchObject({ kind: 'selection', tabId: 4, text: 'ایرانی صدر' }),
    );
    expect(injected).toEqual([]);
  });

  it('from the shortcut: opens the panel first (inside the key press), then reads the selection in the page', async () => {
    await translateSelectionOfTab({ id: 9, url: 'https://news.example.pk/b' });
    expect(opened).toEqual([{ tabId: 9 }]);
    expect(injected).toHaveLength(1);
    expect(injected[0]).toMatchObject({ target: { tabId: 9 } });
    expect(await freshRequest()).toMatchObject({ kind: 'selection', tabId: 9, text: 'منتخب متن' });
  });

  it('an old request is not acted on by a panel opened later', async () => {
    translateSelectionText({ id: 4 }, 'ایرانی صدر');
    await vi.waitFor(async () => expect(await freshRequest()).toBeDefined());
    expect(await freshRequest(Date.now() + 60_000)).toBeUndefined();
  });
});
