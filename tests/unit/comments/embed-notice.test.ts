import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMBED_PROVIDERS } from '../../../src/comments/embed-providers';
import { detectOnPage, COMMENT_PAGES, listCommentPages, readGolden } from '../../../scripts/fixtures/comment-pages';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const LOCALES = join(import.meta.dirname, '../../../public/_locales');
const catalogue = (locale: string) =>
  JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as Record<string, Message>;

/** What `i18n.getMessage` does with a named placeholder whose content is `$1`. */
function render(entry: Message, substitution: string): string {
  return entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    return content === '$1' ? substitution : whole;
  });
}

describe('the notice names the service that handles comments', () => {
  it.each(['en', 'ur'])('%s: "commentsEmbedded" shows every recognised service by name', (locale) => {
    const entry = catalogue(locale).commentsEmbedded;
    expect(entry).toBeDefined();
    for (const { name } of EMBED_PROVIDERS) {
      const text = render(entry!, name);
      expect(text).toContain(name);
      expect(text).not.toMatch(/\$\w+\$/);
    }
  });

  it('gives every embedded development page a known service', () => {
    const names = new Set(EMBED_PROVIDERS.map((p) => p.name));
    const embedded = listCommentPages().filter((slug) => readGolden(slug).state === 'embedded');
    expect(embedded.length).toBeGreaterThan(10);
    for (const slug of embedded) {
      const result = detectOnPage(join(COMMENT_PAGES, slug, 'source.html'), readGolden(slug).url);
      expect(names.has(result.provider ?? ''), slug).toBe(true);
    }
  });
});
