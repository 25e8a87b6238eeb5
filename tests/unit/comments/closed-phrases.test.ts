import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLOSED_PHRASES } from '../../../src/comments/closed-phrases';
import { compileTable, isShortNotice, matchNotice } from '../../../src/comments/match-notice';
import { normalizeText } from '../../../src/comments/normalize-text';
import { RESTRICTED_PHRASES } from '../../../src/comments/restricted-phrases';
import { FIXTURES } from './load-fixture';

const CLOSED = compileTable(CLOSED_PHRASES);
const RESTRICTED = compileTable(RESTRICTED_PHRASES);
const tsv = readFileSync(`${FIXTURES}comments/closed-phrases.tsv`, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
  .map(([locale = '', phrase = '']) => ({ locale, phrase }));

const closedLocale = (text: string, lang?: string) => matchNotice(normalizeText(text), CLOSED, lang)?.entry.locale;

describe('closed-phrase table', () => {
  it('holds every locale of the TSV with its phrase', () => {
    expect(tsv).toHaveLength(36);
    for (const { locale, phrase } of tsv) {
      expect(CLOSED_PHRASES.find((entry) => entry.locale === locale)?.phrase, locale).toBe(phrase);
    }
  });

  it.each(tsv)('matches $locale "$phrase" exactly, and without its final stop', ({ locale, phrase }) => {
    const exact = matchNotice(normalizeText(phrase), CLOSED, locale);
    expect(exact).toMatchObject({ entry: { locale }, exact: true });
    expect(matchNotice(normalizeText(phrase.replace(/[.。۔।]$/u, '')), CLOSED, locale)?.entry.locale).toBe(locale);
    expect(isShortNotice(normalizeText(phrase))).toBe(true);
  });

  it.each([
    ['Comments Off', 'en_GB'],
    ['Commenting is closed', 'en_GB'],
    ['Commenting is disabled.', 'en_GB'],
    ['Comments are disabled', 'en_GB'],
    ['COMMENTS ARE CLOSED', 'en_GB'],
    ['Comments for this thread are now closed', 'en_GB'],
    ['This thread is locked.', 'en_GB'],
    ['Die Kommentarfunktion ist geschlossen.', 'de_DE'],
    ['Die Kommentarfunktion ist deaktiviert', 'de_DE'],
    ['تبصرے بند ہیں', 'ur'],
    ['اس تحریر پر تبصرے بند ہیں۔', 'ur'],
    ['تبصرے بند ہيں.', 'ur'],
    ['التعليقات مغلقه', 'ar'],
    ['ديدگاهها بسته شده اند', 'fa_IR'],
    ['Los comentarios están cerrados', 'es_ES'],
    ['Yorumlar kapatildi', 'tr_TR'],
    ['Możliwość komentowania jest wyłączona', 'pl_PL'],
    ['Bình luận đã đóng', 'vi'],
  ])('matches the drifted variant "%s" (%s)', (text, locale) => {
    expect(closedLocale(text)).toBe(locale);
  });

  it.each([
    'No comments yet',
    'Leave a comment',
    '12 Comments',
    'Comments for subscribers only',
    'The store was closed on Sunday',
    'The disclosed comment',
    'تبصرے پر پابندی کی خبر', // پابندی holds بند but is another word
    'เปิดรับความคิดเห็น', // Thai "open for comments": ปิด is inside เปิด
  ])('does not take "%s" for a closed notice', (text) => {
    expect(closedLocale(text)).toBeUndefined();
  });

  it('prefers the article language when a word is shared', () => {
    expect(closedLocale('Commenti chiusi', 'it')).toBe('it_IT');
    expect(closedLocale('Les commentaires sont fermés', 'fr')).toBe('fr_FR');
  });

  it.each([
    ['Only subscribers can comment', 'subscriber'],
    ['You must be logged in to post a comment.', 'logged in'],
    ['Kommentieren nur für Abonnenten', 'abonnent'],
    ['تبصرہ کرنے کے لیے لاگ ان کریں', 'لاگ ان'],
  ])('reads "%s" as restricted (%s)', (text, keyword) => {
    expect(matchNotice(normalizeText(text), RESTRICTED)?.keyword).toBe(keyword);
  });

  it('does not read "logged in to report a comment" as restricted commenting', () => {
    expect(matchNotice(normalizeText('You must be logged in to report a comment.'), RESTRICTED)).toBeNull();
  });

  it('keeps long article sentences out', () => {
    const sentence = normalizeText(
      'The minister said on Tuesday that comments on the new policy were closed after a flood of abusive messages.',
    );
    expect(isShortNotice(sentence)).toBe(false);
  });
});
