import { describe, expect, it } from 'vitest';
import { restrictionOfError, restrictionOfUrl } from '../../../src/extract/classify-page';

describe('pages the browser will not let an extension read', () => {
  it.each([
    ['chrome://settings', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['edge://flags', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
    ['view-source:https://example.com/', 'view-source'],
    ['https://chromewebstore.google.com/detail/x', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'web-store'],
    ['file:///home/me/notes.html', 'file'],
    ['https://example.com/report.pdf', 'pdf'],
    ['https://example.com/news/story', undefined],
    [undefined, undefined],
  ] as const)('%s → %s', (url, expected) => {
    expect(restrictionOfUrl(url)).toBe(expected);
  });

  it.each([
    ['Cannot access a chrome:// URL', 'browser-page'],
    ['The extensions gallery cannot be scripted.', 'web-store'],
    [
      'Cannot access contents of url "file:///tmp/a.html". Extension manifest must request permission to access this host.',
      'file',
    ],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'no-access',
    ],
    ['Missing host permission for the tab', 'no-access'],
    ['Frame with ID 0 is showing error page', 'no-access'],
    ['Something else entirely', undefined],
  ] as const)('error "%s" → %s', (message, expected) => {
    expect(restrictionOfError(message)).toBe(expected);
  });
});
