import { readFileSync, readdirSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { detectCommentState } from '../../../src/comments/detect-comment-state';
const root = '/work/shared/corpus/readability';
const seed = readFileSync('/work/shared/corpus/seed/page.html', 'utf8');
const d = new JSDOM(seed, { url: 'http://127.0.0.1/2023/12/07/iranian-president-moscow/' }).window.document;
console.log(JSON.stringify(detectCommentState(d, { articleLang: 'ur' })));
for (const slug of readdirSync(root)) {
  const html = readFileSync(`${root}/${slug}/source.html`, 'utf8');
  const doc = new JSDOM(html, { url: `http://fakehost/${slug}/` }).window.document;
  const t = performance.now();
  const s = detectCommentState(doc);
  const ms = performance.now() - t;
  if (s.state !== 'none' || ms > 50) console.log(slug, ms.toFixed(1), JSON.stringify(s));
}
