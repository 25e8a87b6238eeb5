import { describe, expect, it } from 'vitest';
import { linkToSource } from '../../../src/entities/link/link-to-source';
import { orgNamesMatch } from '../../../src/entities/link/org-names-match';
import { recognizeEntities } from '../../../src/entities/recognize-entities';
import { loadFixture } from './score-against-gold';

function linkedNames(name: string, reverse = false): Map<string, string[]> {
  const story = loadFixture(name);
  const [targetLang, sourceLang] = reverse
    ? [story.sourceLang, story.targetLang]
    : [story.targetLang, story.sourceLang];
  const targets = story.blocks.map((b) => ({ id: b.id, kind: b.kind, text: reverse ? b.source : b.target }));
  const sources = story.blocks.map((b) => ({ id: b.id, text: reverse ? b.target : b.source }));
  const result = recognizeEntities(targets, targetLang);
  const linked = linkToSource(result, sources, sourceLang, targetLang);
  return new Map(result.entities.map((e) => [e.name, linked.filter((m) => m.entityId === e.id).map((m) => m.text)]));
}

describe('linking organisations between English and Urdu', () => {
  it('links the seed’s translated and transliterated organisations back to their Urdu names', () => {
    const names = linkedNames('seed-iran-russia.json');
    expect(names.get('Shanghai Cooperation Organisation')).toEqual(['شنگھائی تعاون تنظیم']);
    expect(names.get('Meraj Airlines')).toEqual(['معراج ایئرویز']);
    expect(names.get('Kremlin')).toEqual(['کریملن', 'کریملن']);
    expect(names.get('IRNA')).toEqual(['ارنا']);
    expect(names.get('BRICS')).toEqual(['برکس']);
    expect(names.get('OPEC+')).toEqual(['اوپیک+']);
    expect(names.get('Russia Today')).toEqual(['رشیا ٹوڈے']);
  });

  it('leaves a generic word before the name out of the Urdu span ("ادارے رشیا ٹوڈے")', () => {
    const result = recognizeEntities([{ id: 'b', text: 'Russia Today reported the visit.' }], 'en');
    const linked = linkToSource(result, [{ id: 'b', text: 'خبر رساں ادارے رشیا ٹوڈے نے دورے کی خبر دی۔' }], 'ur', 'en');
    expect(linked.map((m) => `${m.type}:${m.text}`)).toEqual(['organization:رشیا ٹوڈے']);
  });

  it('links names whose Urdu words come in another order or are shortened (وزارت خزانہ، پاک چین)', () => {
    const names = linkedNames('pakistan-imf.json');
    expect(names.get('International Monetary Fund')).toEqual(['عالمی مالیاتی فنڈ']);
    expect(names.get('Finance Ministry')).toEqual(['وزارت خزانہ']);
    expect(names.get('China-Pakistan Economic Corridor')).toEqual(['پاک چین اقتصادی راہداری']);
  });

  it('links the other way, Urdu organisations to the English source', () => {
    const names = linkedNames('seed-iran-russia.json', true);
    expect(names.get('شنگھائی تعاون تنظیم')).toEqual(['Shanghai Cooperation Organisation']);
    expect(names.get('معراج ایئرویز')).toEqual(['Meraj Airlines']);
    expect(names.get('کریملن')).toContain('Kremlin');
  });

  it('pairs every word once, by skeleton or translation, and nothing else', () => {
    expect(orgNamesMatch('Shanghai Cooperation Organisation', 'شنگھائی تعاون تنظیم')).toBe(true);
    expect(orgNamesMatch('وزارت خزانہ', 'the Finance Ministry')).toBe(true);
    expect(orgNamesMatch('Finance Ministry', 'وزارت خارجہ')).toBe(false);
    expect(orgNamesMatch('Shanghai Cooperation Organisation', 'عالمی مالیاتی فنڈ')).toBe(false);
    expect(orgNamesMatch('Meraj Airlines', 'معراج')).toBe(false);
    expect(orgNamesMatch('Organisation Organisation', 'تنظیم تعاون')).toBe(false);
  });
});
