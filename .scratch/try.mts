import { recogniserSpans } from '../scripts/entities/evaluate-ner';
const texts = process.argv.slice(2);
for (const t of texts) for (const m of ['model', 'rules', undefined] as const) {
  const s = await recogniserSpans(t, 'en', m as any);
  console.log(m ?? 'both', s.map((x) => `${t.slice(x.start, x.end)}/${x.type}`).join(', '));
}
