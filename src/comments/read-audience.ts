import { normalizeText } from './normalize-text';

/**
 * The page's own words for who may comment: the word(s) of `text` whose normalised form holds the matched audience
 * keyword ("subscribers" for "subscriber"), or the whole notice when the words cannot be lined up.
 */
export function readAudience(text: string, keyword: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const span = keyword.split(' ').length;
  for (let i = 0; i + span <= words.length; i += 1) {
    const chunk = words.slice(i, i + span).join(' ');
    if (normalizeText(chunk).includes(keyword)) return chunk.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
  }
  return text;
}
