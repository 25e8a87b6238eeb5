import { readdirSync } from 'node:fs';
import { detectCommentState } from '../../../src/comments/detect-comment-state';
import { FIXTURES, loadPage } from './load-fixture';
for (const f of readdirSync(`${FIXTURES}comments`).filter((f) => f.endsWith('.html'))) {
  const doc = loadPage(`${FIXTURES}comments/${f}`);
  console.log(f.padEnd(40), JSON.stringify(detectCommentState(doc, { articleLang: doc.documentElement.lang })));
}
