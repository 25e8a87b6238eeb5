import { loadNer } from '../scripts/entities/ner-data';
import { wordKind } from '../src/entities/en/english-word-tags';
const c: Record<string, number> = {};
const ex: Record<string, string[]> = {};
for (const s of loadNer('gmb-en.train')) for (const e of s.entities) {
  const t = s.text.slice(e.start, e.end);
  const words = t.split(/\s+/);
  let k = '';
  if (words.every((w) => wordKind(w.toLowerCase()) === 'demonym')) k = 'demonym';
  else if (/^[A-Z][a-z]+(?:ians|ans|ese|ites|ists)$/.test(t)) k = 'plural-people';
  else if (words.length > 1 && wordKind(words[0]!.toLowerCase()) === 'demonym') k = 'demonym-first';
  if (!k) continue;
  const key = `${k}:${e.type}`;
  c[key] = (c[key] ?? 0) + 1;
  (ex[key] ??= []).push(t);
}
console.log(c);
for (const [k, v] of Object.entries(ex)) console.log(k, [...new Set(v)].slice(0, 25).join(', '));
