import { loadNer } from '../scripts/entities/ner-data';
import { recogniserSpans } from '../scripts/entities/evaluate-ner';
const set = process.argv[2] ?? 'uner-en.dev';
const mode = (process.argv[3] as any) || undefined;
const cats: Record<string, string[]> = {};
const add = (k: string, v: string) => ((cats[k] ??= []).push(v));
for (const s of loadNer(set)) {
  const pred = await recogniserSpans(s.text, set.includes('-ur') ? 'ur' : 'en', mode);
  const gold = s.entities;
  for (const g of gold) {
    const exact = pred.find((p) => p.start === g.start && p.end === g.end);
    const gt = s.text.slice(g.start, g.end);
    if (exact && exact.type === g.type) continue;
    if (exact) { add(`type ${g.type}->${exact.type}`, gt); continue; }
    const ov = pred.find((p) => p.start < g.end && g.start < p.end);
    if (ov) add(`boundary ${g.type}`, `${gt} ≠ ${s.text.slice(ov.start, ov.end)}[${ov.type}]`);
    else add(`missed ${g.type}`, gt);
  }
  for (const p of pred) {
    if (gold.some((g) => g.start < p.end && p.start < g.end)) continue;
    add(`spurious ${p.type}`, s.text.slice(p.start, p.end) + '  ⟨' + s.text.slice(Math.max(0,p.start-30), p.end+30) + '⟩');
  }
}
for (const [k, v] of Object.entries(cats).sort()) {
  console.log(`\n## ${k}: ${v.length}`);
  console.log(v.slice(0, Number(process.env.N ?? 40)).join('\n'));
}
