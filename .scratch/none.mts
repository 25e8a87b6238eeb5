import { loadNer } from '../scripts/entities/ner-data';
import { recogniserSpans } from '../scripts/entities/evaluate-ner';
import { gazetteerFor } from '../src/entities/generic/region-gazetteer';
const g = gazetteerFor('en').byName;
for (const s of loadNer(process.argv[2]!)) {
  const pred = await recogniserSpans(s.text, 'en');
  for (const e of s.entities) {
    const t = s.text.slice(e.start, e.end);
    if (!g.has(t)) continue;
    if (pred.some((x) => x.start === e.start && x.end === e.end)) continue;
    const ov = pred.filter((x) => x.start < e.end && e.start < x.end).map((x) => s.text.slice(x.start, x.end) + '/' + x.type);
    console.log(t, '|', ov.join(','), '|', s.text.slice(Math.max(0, e.start - 40), e.end + 30));
  }
}
