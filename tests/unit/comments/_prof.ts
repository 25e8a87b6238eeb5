import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { detectCommentState } from '../../../src/comments/detect-comment-state';
const slug = process.argv[2] ?? 'wikipedia-2';
const html = readFileSync(`/work/shared/corpus/readability/${slug}/source.html`, 'utf8');
const doc = new JSDOM(html, { url: `http://fakehost/${slug}/` }).window.document;
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  detectCommentState(doc);
  console.log((performance.now() - t).toFixed(1));
}
