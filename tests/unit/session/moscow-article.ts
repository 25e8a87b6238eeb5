import type { Article } from '../../../src/extract/types';

/** A short Urdu news article, as extraction gives it, and what a surface hands the translation with it. */
export const ARTICLE: Article = {
  url: 'https://news.example.pk/2023/12/07/story/',
  title: 'ایرانی صدر ماسکو پہنچ گئے',
  lang: 'ur',
  dir: 'rtl',
  blocks: [
    { id: 'b0', kind: 'title', text: 'ایرانی صدر ماسکو پہنچ گئے' },
    { id: 'b1', kind: 'paragraph', text: 'صدر ابراہیم رئیسی نے ماسکو میں ولادیمیر پوتن سے ملاقات کی۔' },
    { id: 'b2', kind: 'paragraph', text: 'دونوں رہنماؤں نے تجارت پر بات کی۔' },
  ],
};

export const subject = { article: ARTICLE, sourceLang: 'ur', comments: null, host: 'news.example.pk' };
