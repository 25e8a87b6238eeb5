import { loadNer } from '../scripts/entities/ner-data';
import { recogniserSpans } from '../scripts/entities/evaluate-ner';
import { gazetteerFor } from '../src/entities/generic/region-gazetteer';
const g = gazetteerFor('en').byName;
for (const set of process.argv.slice(2)) {
  const m: Record<string, number> = {};
  for (const s of loadNer(set)) {
    const pred = await recogniserSpans(s.text, 'en');
    for (const e of s.entities) {
      const t = s.text.slice(e.start, e.end);
      if (!g.has(t)) continue;
      const p = pred.find((x) => x.start === e.start && x.end === e.end);
      const k = `${e.type}->${p?.type ?? 'none'}`;
      m[k] = (m[k] ?? 0) + 1;
    }
  }
  console.log(set, m);
}
