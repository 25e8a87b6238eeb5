// Measures the recogniser on the public NER sets: `npx tsx scripts/entities/evaluate-ner.ts [set…]`
// (default uner-en.dev and ilner-ur.test). Each sentence is one block; only person / place / organisation count.
import type { NameSource } from '../../src/entities/en/find-english-entities';
import { recognizeEntities } from '../../src/entities/recognize-entities';
import { loadNer, NAME_TYPES, type NameType, type NerSpan } from './ner-data';
import { formatTable, SpanScorer, type ScoreTable } from './score-spans';

const isName = (type: string): type is NameType => (NAME_TYPES as string[]).includes(type);

/** Scores `recognise` (text → spans) on one data set. */
export async function scoreSet(
  set: string,
  recognise: (text: string) => NerSpan[] | Promise<NerSpan[]>,
): Promise<ScoreTable> {
  const scorer = new SpanScorer();
  for (const sentence of loadNer(set)) scorer.add(await recognise(sentence.text), sentence.entities);
  return scorer.table();
}

export const langOfSet = (set: string) => (set.includes('-ur') ? 'ur' : 'en');

/** The product's recogniser, as the popup runs it, on one sentence. */
export async function recogniserSpans(text: string, lang: string, names?: NameSource): Promise<NerSpan[]> {
  const result = await recognizeEntities([{ id: 's', text, kind: 'paragraph' }], lang, { names });
  return result.mentions.flatMap((m) => (isName(m.type) ? [{ start: m.start, end: m.end, type: m.type }] : []));
}

/** Every set with the product's recogniser, and with names from the rules alone and from the model alone. */
export async function evaluateRecogniser(sets = ['uner-en.dev', 'ilner-ur.test']): Promise<Record<string, ScoreTable>> {
  const out: Record<string, ScoreTable> = {};
  for (const set of sets) {
    const lang = langOfSet(set);
    {
      for (const names of ['rules', 'model'] as const) {
        out[`${set} (${names})`] = await scoreSet(set, (text) => recogniserSpans(text, lang, names));
      }
    }
    out[set] = await scoreSet(set, (text) => recogniserSpans(text, lang));
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sets = process.argv.slice(2);
  const tables = await evaluateRecogniser(sets.length > 0 ? sets : undefined);
  for (const [set, table] of Object.entries(tables)) console.log(`${set}: ${formatTable(table)}`);
}
