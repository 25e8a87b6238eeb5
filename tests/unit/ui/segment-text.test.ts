import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../src/ui/components/segment-text';
import { articleAsMarkdown, articleAsText } from '../../../src/ui/format-article';

describe('segmentText', () => {
  const span = (start: number, end: number, entityId = 'e') => ({ start, end, entityId, type: 'person' });

  it('cuts a text into plain runs and entity runs that rejoin to the text', () => {
    const text = 'Putin met Raisi in Moscow.';
    const segments = segmentText(text, [span(0, 5, 'putin'), span(10, 15, 'raisi')]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.span).map((s) => s.text)).toEqual(['Putin', 'Raisi']);
  });

  it('skips overlapping, empty and out-of-range spans instead of trusting them', () => {
    const text = 'abcdef';
    const segments = segmentText(text, [span(0, 3), span(2, 4), span(4, 4), span(5, 99)]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.span)).toHaveLength(1);
  });
});

describe('copying the article', () => {
  const blocks = [
    { kind: 'title', text: 'Iranian President arrives in Moscow' },
    { kind: 'subtitle', text: 'The two leaders last spoke on October 16' },
    { kind: 'paragraph', text: 'Moscow: Raisi arrived *today*.' },
    { kind: 'quote', text: 'Nothing can stop us' },
  ];
  const article = { url: 'https://example.pk/story', siteName: 'Baaghi TV' };

  it('as Markdown with title, source link and site, escaping Markdown in the text', () => {
    const md = articleAsMarkdown(article, blocks[0]!.text, blocks);
    expect(md.split('\n')[0]).toBe('# Iranian President arrives in Moscow');
    expect(md).toContain('Source: Baaghi TV — <https://example.pk/story>');
    expect(md).toContain('*The two leaders last spoke on October 16*');
    expect(md).toContain('Moscow: Raisi arrived \\*today\\*.');
    expect(md).toContain('> Nothing can stop us');
  });

  it('as plain text with the link at the end', () => {
    const text = articleAsText(blocks[0]!.text, blocks, article.url);
    expect(text.startsWith('Iranian President arrives in Moscow\n\nThe two leaders')).toBe(true);
    expect(text.trim().endsWith('https://example.pk/story')).toBe(true);
  });
});
