import type { Article } from '../extract/types';

export interface ReadableBlock {
  kind: string;
  text: string;
}

/** The article as the reader sees it (translation where there is one), as plain text. */
export function articleAsText(title: string, blocks: readonly ReadableBlock[], url: string): string {
  const body = blocks.filter((b) => b.kind !== 'title').map((b) => b.text);
  return [title, '', ...body.flatMap((text) => [text, '']), url].join('\n').trim() + '\n';
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]#<>|])/g, '\\$1');
}

/** Markdown with the title, the source link and the site, for notes and messages. */
export function articleAsMarkdown(
  article: Pick<Article, 'url' | 'siteName'>,
  title: string,
  blocks: readonly ReadableBlock[],
): string {
  const lines = [`# ${escapeMarkdown(title)}`, ''];
  const source = article.siteName ? `${escapeMarkdown(article.siteName)} — <${article.url}>` : `<${article.url}>`;
  lines.push(`Source: ${source}`, '');
  for (const block of blocks) {
    if (block.kind === 'title') continue;
    const text = escapeMarkdown(block.text);
    if (block.kind === 'heading') lines.push(`## ${text}`);
    else if (block.kind === 'subtitle') lines.push(`*${text}*`);
    else if (block.kind === 'quote') lines.push(`> ${text}`);
    else if (block.kind === 'list-item') lines.push(`- ${text}`);
    else lines.push(text);
    lines.push('');
  }
  return lines.join('\n').trim() + '\n';
}
