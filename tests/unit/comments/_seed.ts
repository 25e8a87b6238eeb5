import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { detectCommentState } from '../../../src/comments/detect-comment-state';
const html = readFileSync(`/work/shared/corpus/seed/page.html`, 'utf8');
const doc = new JSDOM(html, { url: `http://127.0.0.1/2023/12/07/iranian-president-moscow/` }).window.document;
const t: number[] = [];
for (let i = 0; i < 50; i++) {
  const s = performance.now();
  detectCommentState(doc, { articleLang: 'ur' });
  t.push(performance.now() - s);
}
console.log(
  'first',
  t[0]!.toFixed(2),
  'median',
  [...t].sort((a, b) => a - b)[25]!.toFixed(2),
  'max',
  Math.max(...t).toFixed(2),
);
