import { loadNer } from '../scripts/entities/ner-data';
import { recogniserSpans } from '../scripts/entities/evaluate-ner';
import { SpanScorer, formatTable } from '../scripts/entities/score-spans';
const set = process.argv[2] ?? 'uner-en.dev';
for (const mode of ['model', undefined] as const) {
  const sc: Record<string, SpanScorer> = { n: new SpanScorer(), w: new SpanScorer() };
  for (const s of loadNer(set)) {
    const key = s.id.includes('-n') ? 'n' : 'w';
    sc[key]!.add(await recogniserSpans(s.text, 'en', mode as any), s.entities);
  }
  for (const [k, v] of Object.entries(sc)) console.log(mode ?? 'both', k, formatTable(v.table()));
}
