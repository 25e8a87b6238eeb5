// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markInPage } from '../../../src/ui/page/mark-in-page';

const scrolled: { text: string; behavior?: string }[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  scrolled.length = 0;
  // jsdom lays nothing out: record the scroll instead, and answer the reader's motion preference.
  Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
    scrolled.push({
      text: this.textContent ?? '',
      behavior: typeof options === 'object' ? options.behavior : undefined,
    });
  };
  window.matchMedia = ((query: string) => ({ matches: query.includes('reduce') && reduceMotion })) as typeof matchMedia;
  document.body.innerHTML = `
    <article>
      <h1>ایرانی صدر   ماسکو پہنچ گئے</h1>
      <p id="p1">ماسکو: ایرانی صدر <a href="#">ابراہیم رئیسی</a>
        جمعرات کو سرکاری دورے پر ماسکو پہنچے۔</p>
      <p id="p2" style="color: red">صدر پوتن نے ماسکو میں استقبال کیا۔</p>
      <script>var ماسکو = 1;</script>
    </article>`;
});
afterEach(() => vi.useRealTimers());
let reduceMotion = false;

describe('markInPage: the original page, found again by its words', () => {
  it('finds a paragraph across links and line breaks, scrolls to it, and outlines it for the time given', () => {
    const result = markInPage(['ماسکو: ایرانی صدر ابراہیم رئیسی جمعرات کو سرکاری دورے پر ماسکو پہنچے۔'], 0, 2000);
    expect(result).toEqual({ found: 1, index: 0 });
    const p1 = document.getElementById('p1')!;
    expect(p1.style.outline).toContain('solid');
    expect(scrolled).toEqual([{ text: p1.textContent, behavior: 'smooth' }]);
    vi.advanceTimersByTime(2000);
    expect(p1.hasAttribute('style')).toBe(false);
  });

  it('puts an element’s own inline style back as it was', () => {
    markInPage(['صدر پوتن نے ماسکو میں استقبال کیا۔'], 0, 2000);
    const p2 = document.getElementById('p2')!;
    expect(p2.style.outline).not.toBe('');
    vi.advanceTimersByTime(2000);
    expect(p2.getAttribute('style')).toBe('color: red;');
  });

  it('steps through the mentions of a name, wrapping round, and ignores scripts', () => {
    const seen = [0, 1, 2, 3, 4].map((step) => markInPage(['ماسکو'], step, 2000));
    expect(seen.map((r) => r.found)).toEqual([4, 4, 4, 4, 4]);
    expect(seen.map((r) => r.index)).toEqual([0, 1, 2, 3, 0]);
  });

  it('jumps instead of gliding for a reader who asked for less motion', () => {
    reduceMotion = true;
    markInPage(['صدر پوتن'], 0, 2000);
    reduceMotion = false;
    expect(scrolled[0]?.behavior).toBe('auto');
  });

  it('says when the text is no longer on the page, and touches nothing', () => {
    const before = document.body.innerHTML;
    expect(markInPage(['یہ جملہ صفحے پر نہیں ہے'], 0, 2000)).toEqual({ found: 0, index: -1 });
    expect(document.body.innerHTML).toBe(before);
  });
});
