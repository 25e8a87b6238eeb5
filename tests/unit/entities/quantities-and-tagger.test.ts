import { describe, expect, it } from 'vitest';
import { tagEnglishNames } from '../../../src/entities/model/english-tagger';
import { decodeModel, encodeModel, sparseAdder } from '../../../src/entities/model/model-file';
import { TAGS } from '../../../src/entities/model/tagger-features';
import { taggerTokens } from '../../../src/entities/model/tagger-tokens';
import { recognizeEntities } from '../../../src/entities/recognize-entities';

const found = (text: string, lang: string) =>
  recognizeEntities([{ id: 'b', text }], lang).mentions.map((m) => `${m.type}:${m.text}`);

describe('quantities keep what they count', () => {
  it('in English: scores, basis points, money with its scale', () => {
    const mentions = found(
      'Pakistan made 188 runs for 6 wickets as rates fell 100 basis points and $65 billion left.',
      'en',
    );
    expect(mentions).toEqual(
      expect.arrayContaining(['number:188 runs', 'number:6 wickets', 'number:100 basis points', 'number:$65 billion']),
    );
  });

  it('in Urdu, with Urdu or ASCII digits', () => {
    const mentions = found('پاکستان نے ۱۸۸ رنز بنائے، 6 وکٹیں لیں اور شرح میں 100 بیسس پوائنٹس کمی ہوئی۔', 'ur');
    expect(mentions).toEqual(expect.arrayContaining(['number:۱۸۸ رنز', 'number:6 وکٹیں', 'number:100 بیسس پوائنٹس']));
  });

  it('leaves other counted nouns outside the span', () => {
    expect(found('Officials from six countries met.', 'en')).toContain('number:six');
  });

  it('counts no number word that opens a name, but does in a headline in Title Case', () => {
    const names = found('Whales died on Ninety Mile Beach, and the Five Eyes met near the Three Gorges Dam.', 'en');
    expect(names.filter((m) => m.startsWith('number:'))).toEqual([]);
    expect(names.map((m) => m.slice(m.indexOf(':') + 1))).toEqual(
      expect.arrayContaining(['Ninety Mile Beach', 'Five Eyes', 'Three Gorges Dam']),
    );
    expect(found('Blast Kills Seven In Karachi Market', 'en')).toContain('number:Seven');
    expect(found('Seven people died and three were hurt.', 'en')).toEqual(['number:Seven', 'number:three']);
  });
});

describe('the English name tagger', () => {
  it('keeps dotted abbreviations whole and splits possessives and name pairs', () => {
    const words = (text: string) => taggerTokens(text).map((t) => t.text);
    expect(words("The U.S. and Iran's envoy met Mr. Khan.")).toEqual([
      'The',
      'U.S.',
      'and',
      'Iran',
      "'s",
      'envoy',
      'met',
      'Mr.',
      'Khan',
      '.',
    ]);
    expect(words('the Israel-Gaza war')).toEqual(['the', 'Israel', '-', 'Gaza', 'war']);
    expect(words('the China-Pakistan Economic Corridor')).toEqual(['the', 'China-Pakistan', 'Economic', 'Corridor']);
  });

  it('finds abbreviations with dots, places in capitals and agencies without a tell-tale word', () => {
    const spans = (text: string) => tagEnglishNames(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
    expect(spans('The U.S. and Britain spoke at the U.N. on Monday.')).toEqual(
      expect.arrayContaining(['place:U.S.', 'place:Britain']),
    );
    expect(spans('NEW YORK 1996-12-06')).toEqual(['place:NEW YORK']);
    expect(spans('The company Newmont told Reuters it would sell the mine.')).toEqual(
      expect.arrayContaining(['organization:Newmont', 'organization:Reuters']),
    );
  });

  it('reads back the weights it wrote', () => {
    const dense = new Float32Array(16 * TAGS.length);
    dense[3 * TAGS.length + 1] = 2.5;
    dense[3 * TAGS.length + 6] = -40;
    dense[15 * TAGS.length] = 0.01;
    const add = sparseAdder(decodeModel(encodeModel(dense, 4, 0.25)));
    const scores = new Float64Array(TAGS.length);
    add(3, scores);
    expect([scores[1], scores[6]]).toEqual([2.5, -40]);
    scores.fill(0);
    add(15, scores);
    expect([...scores].every((s) => s === 0)).toBe(true);
  });
});
