import { describe, expect, it } from 'vitest';
import {
  builtinAvailability,
  createChromeBuiltinProvider,
  mayHaveOnDeviceModel,
} from '../../../src/translate/providers/chrome-builtin';
import { halveText } from '../../../src/translate/providers/halve-text';
import { FakeTranslatorApi } from './fake-translator';
import { catchError } from './helpers';

const signal = () => new AbortController().signal;

describe('builtinAvailability', () => {
  it('passes every state through and says unavailable without the API', async () => {
    const Translator = new FakeTranslatorApi({ 'fr>en': 'available', 'de>en': 'downloadable', 'es>en': 'downloading' });
    const globals = { Translator };
    expect(await builtinAvailability('fr', 'en', globals)).toBe('available');
    expect(await builtinAvailability('de', 'en', globals)).toBe('downloadable');
    expect(await builtinAvailability('es', 'en', globals)).toBe('downloading');
    expect(await builtinAvailability('ur', 'en', globals)).toBe('unavailable');
    expect(await builtinAvailability('fr', 'en', {})).toBe('unavailable');
    expect(await builtinAvailability('fr', 'en')).toBe('unavailable'); // Node has no Translator global
  });
});

describe('builtinAvailability: languages Chrome has no model for', () => {
  it('answers unavailable for a pair outside Chrome’s list without asking the browser', async () => {
    const asked: string[] = [];
    const Translator = new FakeTranslatorApi({ 'ur>en': 'available', 'en>fa': 'available', 'fr>en': 'available' });
    const availability = Translator.availability.bind(Translator);
    Translator.availability = async (options) => (
      asked.push(`${options.sourceLanguage}>${options.targetLanguage}`),
      availability(options)
    );
    expect(await builtinAvailability('ur', 'en', { Translator })).toBe('unavailable');
    expect(await builtinAvailability('en', 'fa', { Translator })).toBe('unavailable');
    expect(asked).toEqual([]);
    // A pair on the list is still asked: the browser knows whether its model is there.
    expect(await builtinAvailability('fr', 'en', { Translator })).toBe('available');
    expect(await builtinAvailability('zh-Hant', 'en', { Translator })).toBe('unavailable');
    expect(asked).toEqual(['fr>en', 'zh-Hant>en']);
    expect(mayHaveOnDeviceModel('pt-BR', 'en')).toBe(true);
    expect(mayHaveOnDeviceModel('ur', 'en')).toBe(false);
  });
});

describe('Chrome built-in provider', () => {
  it('translates each text with one cached instance per pair', async () => {
    const Translator = new FakeTranslatorApi({ 'fr>en': 'available', 'en>fr': 'available' });
    const provider = createChromeBuiltinProvider({ globals: { Translator } });
    expect(await provider.translate({ texts: ['un', '', 'deux'], from: 'fr', to: 'en', signal: signal() })).toEqual([
      '<en>un',
      '',
      '<en>deux',
    ]);
    await provider.translate({ texts: ['trois'], from: 'fr', to: 'en', signal: signal() });
    await provider.translate({ texts: ['one'], from: 'en', to: 'fr', signal: signal() });
    expect(Translator.created).toEqual(['fr>en', 'en>fr']);
  });

  it('says unsupported for an unavailable pair (Urdu)', async () => {
    const provider = createChromeBuiltinProvider({ globals: { Translator: new FakeTranslatorApi({}) } });
    const error = await catchError(provider.translate({ texts: ['سلام'], from: 'ur', to: 'en', signal: signal() }));
    expect(error.kind).toBe('unsupported');
  });

  it('needs a gesture to download, then reports progress once clicked', async () => {
    const Translator = new FakeTranslatorApi({ 'de>en': 'downloadable' }, { progressSteps: [0, 0.25, 1] });
    const progress: number[] = [];
    const provider = createChromeBuiltinProvider({
      globals: { Translator },
      onDownloadProgress: (p) => progress.push(p),
    });
    const error = await catchError(provider.translate({ texts: ['Hallo'], from: 'de', to: 'en', signal: signal() }));
    expect(error).toMatchObject({ kind: 'needs-gesture', provider: 'chrome-builtin' });
    // The failed create is not cached: the click's retry creates the model.
    Translator.userActivation = true;
    expect(await provider.translate({ texts: ['Hallo'], from: 'de', to: 'en', signal: signal() })).toEqual([
      '<en>Hallo',
    ]);
    expect(progress).toEqual([0, 0.25, 1]);
    expect(await builtinAvailability('de', 'en', { Translator })).toBe('available');
  });

  it('waits for a download already under way', async () => {
    const Translator = new FakeTranslatorApi({ 'es>en': 'downloading' }, { progressSteps: [0.6, 1] });
    const progress: number[] = [];
    const provider = createChromeBuiltinProvider({
      globals: { Translator },
      onDownloadProgress: (p) => progress.push(p),
    });
    expect(await provider.translate({ texts: ['hola'], from: 'es', to: 'en', signal: signal() })).toEqual(['<en>hola']);
    expect(progress).toEqual([0.6, 1]);
  });

  const long = 'First sentence here. Second one is longer than that. Third! Fourth? And the fifth ends it.';

  it('splits a text past inputQuota at sentence ends (measured first)', async () => {
    const Translator = new FakeTranslatorApi({ 'en>fr': 'available' }, { inputQuota: 40 });
    const provider = createChromeBuiltinProvider({ globals: { Translator } });
    const [out] = await provider.translate({ texts: [long], from: 'en', to: 'fr', signal: signal() });
    expect(Translator.translated.join('')).toBe(long);
    expect(Translator.translated.every((part) => part.length <= 40)).toBe(true);
    expect(Translator.translated.every((part) => /[.!?]\s*$/.test(part))).toBe(true);
    expect(out).toBe(Translator.translated.map((p) => `<fr>${p}`).join(''));
  });

  it('splits after a QuotaExceededError when usage cannot be measured', async () => {
    const Translator = new FakeTranslatorApi({ 'en>fr': 'available' }, { inputQuota: 40, measurable: false });
    const provider = createChromeBuiltinProvider({ globals: { Translator } });
    await provider.translate({ texts: [long], from: 'en', to: 'fr', signal: signal() });
    expect(Translator.translated.join('')).toBe(long);
    expect(Translator.translated.length).toBeGreaterThan(2);
  });

  it('reports a cancelled translation as aborted', async () => {
    const provider = createChromeBuiltinProvider({
      globals: { Translator: new FakeTranslatorApi({ 'de>en': 'downloading' }, { progressSteps: [0, 0.5, 1] }) },
    });
    const controller = new AbortController();
    controller.abort();
    const error = await catchError(
      provider.translate({ texts: ['x'], from: 'de', to: 'en', signal: controller.signal }),
    );
    expect(error.kind).toBe('aborted');
  });
});

describe('halveText', () => {
  it('cuts at the sentence end nearest the middle, then at spaces, then anywhere', () => {
    expect(halveText('Aaa. Bbb. Ccc. Ddd.')).toEqual(['Aaa. Bbb. ', 'Ccc. Ddd.']);
    expect(halveText('پہلا جملہ۔ دوسرا جملہ؟ تیسرا')).toEqual(['پہلا جملہ۔ ', 'دوسرا جملہ؟ تیسرا']);
    expect(halveText('one two three four')).toEqual(['one two ', 'three four']);
    expect(halveText('abcdef')).toEqual(['abc', 'def']);
    expect(halveText('a')).toBeUndefined();
  });
});
