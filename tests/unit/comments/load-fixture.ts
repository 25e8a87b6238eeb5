import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

// import.meta.dirname, not new URL(): under the jsdom environment `URL` is jsdom's, which fileURLToPath rejects.
export const FIXTURES = join(import.meta.dirname, '../../fixtures/');

/** A page as the content script sees it: parsed by jsdom at a real-looking URL, scripts not run. */
export function loadPage(path: string, url = 'https://news.example/2023/12/07/bus-routes/'): Document {
  return new JSDOM(readFileSync(path, 'utf8'), { url }).window.document;
}
