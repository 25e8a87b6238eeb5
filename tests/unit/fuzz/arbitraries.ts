import fc from 'fast-check';

/** Strings a hostile or merely odd page carries: markup-looking text, bidi controls, scripts from several languages. */
export const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '</style><style>body{display:none}</style>',
  'javascript:alert(1)',
  '\u202Egnp.exe\u202C',
  '\u200F\u200E\u2066\u2069',
  '&lt;b&gt; &amp;amp; &#x3C;',
  'ایرانی صدر ابراہیم رئیسی جمعرات کو ماسکو پہنچ گئے۔',
  'President Putin met Xi Jinping in Beijing on 7 December 2023, said Reuters.',
  'Президент России Владимир Путин',
  '中华人民共和国主席习近平',
  'पाकिस्तान और भारत',
  '١٢٣٤ ۱۲۳۴ 1,234.56 ٪',
  '\u0000\uFFFD\uD83D\uDE00 \u00A0\u2028',
  'Comments are closed.',
  'تبصرے بند ہیں۔',
];

const BLOCK = [
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'blockquote',
  'li',
  'ul',
  'section',
  'article',
  'figure',
  'figcaption',
  'pre',
  'td',
];
const INLINE = ['span', 'a', 'b', 'em', 'strong', 'small', 'time', 'q'];
const SKIPPED = ['script', 'style', 'noscript', 'template', 'svg', 'textarea', 'button'];
const ATTRS = [
  'class="comments"',
  'id="respond"',
  'lang="ur"',
  'dir="rtl"',
  'hidden',
  'onclick="alert(1)"',
  'style="x:y"',
];

const word = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.lorem({ maxCount: 12 }),
);

/** Text for a text node: escaped, since it is written into markup. */
export const textArb = fc.array(word, { maxLength: 4 }).map((words) => escapeHtml(words.join(' ')));

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An HTML fragment as a string: nested blocks, inline runs, skipped elements and breaks. */
export const fragmentArb: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb,
    fc.constant('<br>'),
    fc.tuple(fc.constantFrom(...SKIPPED), textArb).map(([tag, text]) => `<${tag}>${text}</${tag}>`),
    fc
      .tuple(
        fc.constantFrom(...BLOCK, ...INLINE),
        fc.subarray(ATTRS, { maxLength: 2 }),
        fc.array(tie('node'), { maxLength: 5 }),
      )
      .map(
        ([tag, attrs, children]) => `<${tag}${attrs.length ? ' ' + attrs.join(' ') : ''}>${children.join('')}</${tag}>`,
      ),
  ),
})).node;

/** A whole page: head metadata maybe, a title maybe, and a body of fragments. */
export const pageArb = fc
  .record({
    lang: fc.constantFrom('', 'ur', 'en', 'fa', 'xx-invalid', 'ar-SA'),
    dir: fc.constantFrom('', 'rtl', 'ltr', 'auto'),
    title: textArb,
    meta: fc.subarray(['<meta property="og:site_name" content="Site">', '<meta name="author" content="A">'], {}),
    body: fc.array(fragmentArb, { minLength: 1, maxLength: 8 }),
  })
  .map(
    ({ lang, dir, title, meta, body }) =>
      `<!doctype html><html${lang ? ` lang="${lang}"` : ''}${dir ? ` dir="${dir}"` : ''}><head><title>${title}</title>${meta.join('')}</head><body>${body.join('')}</body></html>`,
  );

/** Edits to a real page: cut a span out, repeat one, or drop a fragment into it. Offsets are fractions of its length. */
export const mutationArb = fc.array(
  fc.oneof(
    fc.record({
      op: fc.constant('cut' as const),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      length: fc.nat(2000),
    }),
    fc.record({
      op: fc.constant('repeat' as const),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      length: fc.nat(2000),
    }),
    fc.record({
      op: fc.constant('insert' as const),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      html: fragmentArb,
    }),
  ),
  { minLength: 1, maxLength: 4 },
);

export type Mutation = typeof mutationArb extends fc.Arbitrary<(infer M)[]> ? M : never;

export function mutate(html: string, mutations: readonly Mutation[]): string {
  return mutations.reduce((out, m) => {
    const at = Math.floor(m.at * out.length);
    if (m.op === 'cut') return out.slice(0, at) + out.slice(at + m.length);
    if (m.op === 'repeat') return out.slice(0, at + m.length) + out.slice(at, at + m.length) + out.slice(at + m.length);
    return out.slice(0, at) + m.html + out.slice(at);
  }, html);
}

/** Texts for language detection: any Unicode, payloads, and long runs of one script. */
export const textsArb = fc.array(
  fc.oneof(
    word,
    fc.string({ unit: 'binary', maxLength: 200 }),
    word.map((w) => w.repeat(50)),
  ),
  { maxLength: 12 },
);

/** Translated blocks for entity recognition, in English or Urdu. */
export const entityInputArb = fc.record({
  lang: fc.constantFrom('en', 'ur', 'fr', 'und', ''),
  blocks: fc.array(
    fc.record({
      text: fc.array(word, { maxLength: 8 }).map((w) => w.join(' ')),
      kind: fc.constantFrom('title', 'paragraph', 'heading', undefined),
    }),
    { maxLength: 8 },
  ),
});
