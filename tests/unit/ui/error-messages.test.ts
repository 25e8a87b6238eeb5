import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ProviderError, type ProviderErrorData, type ProviderErrorKind } from '../../../src/translate/errors';
import { CATALOGUES, messageReader } from './catalogue-messages';

let locale: 'en' | 'ur' = 'en';
vi.mock('wxt/browser', () => ({
  browser: {
    i18n: {
      getMessage: (key: string, subs?: string[]) => messageReader(CATALOGUES[locale])(key, subs),
      getUILanguage: () => 'en-US',
    },
  },
}));
const { providerErrorMessage } = await import('../../../src/ui/session/provider-error-message');
const { formatDuration, tCount, uiDirection, uiLanguage } = await import('../../../src/ui/i18n');

/** Every kind, and every reason within it, that a block can show. */
const CASES: [ProviderErrorKind, ProviderErrorData][] = [
  ['rate-limit', {}],
  ['rate-limit', { retryAfterMs: 20_000 }],
  ['rate-limit', { retryAfterMs: 1_000 }],
  ['server', { status: 503 }],
  ['timeout', {}],
  ['timeout', { reason: 'cut-off' }],
  ['network', { host: 'translate.googleapis.com' }],
  ['network', {}],
  ['network', { reason: 'cut-off' }],
  ['auth', { reason: 'key-refused' }],
  ['auth', { reason: 'no-key' }],
  ['quota', {}],
  ['bad-response', {}],
  ['bad-response', { reason: 'web-page' }],
  ['unsupported', {}],
  ['refused', {}],
  ['refused', { status: 400 }],
  ['refused', { reason: 'ollama-origins', host: 'localhost:11434' }],
  ['refused', { reason: 'no-model', model: 'llama3.1', host: 'localhost:11434' }],
  ['refused', { reason: 'not-found', host: '127.0.0.1:5000' }],
  ['refused', { reason: 'too-large' }],
  ['service-changed', { status: 404 }],
  ['needs-gesture', {}],
  ['internal', {}],
  ['aborted', {}],
];

/** Latin-script words of three letters or more, other than names, codes and settings quoted as they are typed. */
const LATIN_WORD = /\b(?!HTTP\b|API\b|DeepL\b|LibreTranslate\b|OpenAI\b|Ollama\b)[A-Za-z]{3,}\b/;

beforeEach(() => {
  locale = 'en';
});

describe('error messages from the catalogue', () => {
  it.each(CASES)('%s %o reads as a sentence in English and in Urdu', (kind, data) => {
    const error = new ProviderError('google', kind, data);
    locale = 'en';
    const english = providerErrorMessage(error);
    expect(english).toMatch(/^[A-Z“]/);
    expect(english).not.toMatch(/\$\w+\$|undefined|error[A-Z]/);
    locale = 'ur';
    const urdu = providerErrorMessage(error);
    expect(urdu).toMatch(/\p{Script=Arabic}/u);
    // Hosts, models and settings are quoted as they are (they hold `:`, `.`, `=` or `*`); everything else is Urdu.
    expect(urdu.replace(/\S*[:.=*/]\S*/g, '')).not.toMatch(LATIN_WORD);
    expect(urdu).not.toBe(english);
  });

  it('names the service in the reader’s language and says what changed', () => {
    const error = new ProviderError('microsoft', 'service-changed', { status: 404 });
    expect(providerErrorMessage(error)).toBe(
      "Microsoft Translator's free service has changed and no longer answers; choose another service or update Tarjuma.",
    );
    locale = 'ur';
    expect(providerErrorMessage(error)).toContain('مائیکروسافٹ مترجم');
  });

  it('says how long to wait, with plurals from Intl', () => {
    expect(providerErrorMessage(new ProviderError('google', 'rate-limit', { retryAfterMs: 20_000 }))).toBe(
      'Google Translate refused the request (rate limit). Try again in 20 seconds.',
    );
    expect(formatDuration(1_000, 'en')).toBe('1 second');
    expect(formatDuration(240, 'en')).toBe('240 ms');
    expect(formatDuration(20_000, 'ur')).toMatch(/سیکنڈ/);
  });

  it('anything that is not a provider error is a bug of ours, said as such', () => {
    expect(providerErrorMessage(new TypeError('x is undefined'))).toBe('Something went wrong in Tarjuma. Try again.');
  });
});

describe('interface language and direction come from the catalogue in use', () => {
  it('an Urdu catalogue lays out right to left even when the browser says en-US', () => {
    locale = 'ur';
    expect(uiLanguage()).toBe('ur');
    expect(uiDirection()).toBe('rtl');
    locale = 'en';
    expect(uiLanguage()).toBe('en');
    expect(uiDirection()).toBe('ltr');
  });

  it('counts take the plural the interface language gives them', () => {
    expect(tCount('progressDone', 1)).toBe('Translated 1 paragraph');
    expect(tCount('progressDone', 14)).toBe('Translated 14 paragraphs');
    expect(tCount('entityMentions', 1)).toBe('1 mention');
    locale = 'ur';
    expect(tCount('progressDone', 1)).toBe('1 پیراگراف ترجمہ ہو گیا');
    expect(tCount('progressDone', 14)).toBe('14 پیراگراف ترجمہ ہو گئے');
  });

  it('every key of one catalogue is in the other', () => {
    expect(Object.keys(CATALOGUES.ur).toSorted()).toEqual(Object.keys(CATALOGUES.en).toSorted());
  });
});
