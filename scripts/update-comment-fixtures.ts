/**
 * `npm run fixtures:comments`: rewrites the `result` of every development page's `expected.json` from what detection
 * returns now, keeping the hand-written label, pattern and note. Deterministic; review the diff before committing.
 * Pages whose detected state differs from their label are listed: fix the detector or the label, never the result.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';
import { COMMENT_PAGES, detectOnPage, listCommentPages, readGolden } from './fixtures/comment-pages';
import type { CommentGolden } from './fixtures/comment-pages';

const misses: string[] = [];
for (const slug of listCommentPages()) {
  const golden = readGolden(slug);
  const result = detectOnPage(join(COMMENT_PAGES, slug, 'source.html'), golden.url);
  const next: CommentGolden = { state: golden.state };
  if (golden.pattern) next.pattern = golden.pattern;
  if (golden.note) next.note = golden.note;
  if (golden.url) next.url = golden.url;
  next.result = result;
  const json = await format(JSON.stringify(next), { parser: 'json', printWidth: 120 });
  writeFileSync(join(COMMENT_PAGES, slug, 'expected.json'), json);
  if (result.state !== golden.state) misses.push(`${slug}: labelled ${golden.state}, detected ${result.state}`);
}
console.log(`${listCommentPages().length} pages written.`);
if (misses.length) console.log(`Detected state differs from the label on ${misses.length}:\n  ${misses.join('\n  ')}`);
