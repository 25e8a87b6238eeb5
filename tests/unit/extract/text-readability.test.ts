// @vitest-environment node
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseArticleText, TextReadability } from '../../../src/extract/text-readability';

const ARTICLE = `<html><head><title>Rains flood Karachi</title></head><body><article>
  <h1>Rains flood Karachi</h1>
  <div><div><p style="color:red" align="center">Heavy rain flooded the streets of <a href="/city/karachi">Karachi</a>
  on Monday, and the provincial government closed schools for two days while crews pumped water from underpasses.</p></div></div>
  <p>The Meteorological Department expects more rain this week. <a href="javascript:void(0)">Share</a> Residents were
  told to stay indoors, keep away from power lines and call the helpline if water enters their homes.</p>
  <p>Officials said drainage work on the main nullahs would continue through the night, and that the army had been
  asked to help in the worst-hit neighbourhoods along the coast and near the old city.</p>
</article></body></html>`;

describe('TextReadability', () => {
  it('overrides methods Readability really has, so an upgrade that renames them fails here', () => {
    const own = Readability.prototype as unknown as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(TextReadability.prototype).filter((n) => n !== 'constructor')) {
      expect(typeof own[name], name).toBe('function');
    }
  });

  it('skips the display-only steps: styles, absolute links and wrappers are left as they were', () => {
    const doc = new JSDOM(ARTICLE, { url: 'https://news.example/2024/rain' }).window.document;
    const before = doc.documentElement.outerHTML;
    const textOnly = parseArticleText(doc)!;
    const stock = new Readability<Element>(doc.cloneNode(true) as Document, {
      serializer: (el) => el as Element,
    }).parse()!;

    expect(doc.documentElement.outerHTML).toBe(before); // the page is never touched
    expect(textOnly.content!.querySelector('a[href="/city/karachi"]')).not.toBeNull();
    expect(textOnly.content!.querySelector('[style]')).not.toBeNull();
    expect(stock.content!.querySelector('a[href="https://news.example/city/karachi"]')).not.toBeNull();
    expect(stock.content!.querySelector('[style]')).toBeNull();
    expect(textOnly.textContent).toBe(stock.textContent);
    expect(textOnly.title).toBe('Rains flood Karachi');
  });
});
