import type { Candidate } from '../types';

// A company's officer is named after the company and the title: "Facebook CEO Mark Zuckerberg", "Tesla Chairman Elon
// Musk". The tagger reads the three as one organisation, or the company and its title as one.
// Source: the titles of company officers in English business news (chief executive, finance, operating, technology and
// information officers, the chair, the founder).
const ACRONYMS = new Set(['CEO', 'CFO', 'COO', 'CTO', 'CIO']);
const WORDS = new Set(['chairman', 'chairwoman', 'chairperson', 'founder', 'co-founder', 'cofounder']);

const isTitle = (word: string) => ACRONYMS.has(word) || WORDS.has(word.toLowerCase());

/**
 * An organisation the tagger read with an officer's title inside it: the words before the title are the company, the
 * words after it the officer ("Snapchat CEO Evan Spiegel" → Snapchat, Evan Spiegel); the title is neither.
 */
export function splitAtOfficerTitle(text: string, c: Candidate): Candidate[] {
  if (c.type !== 'organization') return [c];
  const words = [...text.slice(c.start, c.end).matchAll(/\S+/g)];
  const at = words.findIndex((w, k) => k > 0 && isTitle(w[0]));
  if (at < 0) return [c];
  const before = words[at - 1]!;
  const company = { ...c, end: c.start + before.index + before[0].length };
  const after = words[at + 1];
  return after ? [company, { ...c, start: c.start + after.index, type: 'person' }] : [company];
}
