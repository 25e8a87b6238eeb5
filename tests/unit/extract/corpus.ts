import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Mozilla Readability's test pages, kept beside the project in ../shared (not copied: 130 third-party pages). */
export const CORPUS_DIR = join(import.meta.dirname, '../../../../shared/corpus/readability');

export const corpusAvailable = existsSync(CORPUS_DIR);

export function corpusPages(): { slug: string; html: string }[] {
  if (!corpusAvailable) return [];
  return readdirSync(CORPUS_DIR)
    .filter((slug) => existsSync(join(CORPUS_DIR, slug, 'source.html')))
    .sort()
    .map((slug) => ({ slug, html: readFileSync(join(CORPUS_DIR, slug, 'source.html'), 'utf8') }));
}

export function readFixture(...parts: string[]): string {
  return readFileSync(join(import.meta.dirname, '../../fixtures', ...parts), 'utf8');
}
