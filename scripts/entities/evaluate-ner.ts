// Measures the recogniser on the public NER sets: `npx tsx scripts/entities/evaluate-ner.ts [set…]`
// (default uner-en.dev and ilner-ur.test). Each sentence is one block, alone and in its article (and, for English, as
// headlines write it: in capitals and in Title Case); only person / place / organisation count.
import type { NameSource } from '../../src/entities/en/find-english-entities';
import { recognizeEntities } from '../../src/entities/recognize-entities';
import { loadNer, NAME_TYPES, type NameType, type NerSentence, type NerSpan } from './ner-data';
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

/**
 * The sentences grouped as the articles they come from (PUD's document ids; ten consecutive sentences elsewhere), each
 * sentence one block: how the popup runs, so names can agree across paragraphs.
 */
export function articlesOf(sentences: NerSentence[]): NerSentence[][] {
  const groups: NerSentence[][] = [];
  let last = '';
  sentences.forEach((sentence, i) => {
    const doc = /^(.*-[nw]\d+)-\d+$/.exec(sentence.id)?.[1] ?? String(Math.floor(i / 10));
    if (doc !== last || groups.length === 0) groups.push([]);
    groups.at(-1)!.push(sentence);
    last = doc;
  });
  return groups;
}

/** Scores the product's recogniser on whole articles of one set. */
export async function scoreArticles(set: string): Promise<ScoreTable> {
  const scorer = new SpanScorer();
  const lang = langOfSet(set);
  for (const article of articlesOf(loadNer(set))) {
    const blocks = article.map((s, i) => ({ id: `s${i}`, text: s.text, kind: 'paragraph' as const }));
    const { mentions } = await recognizeEntities(blocks, lang);
    article.forEach((sentence, i) => {
      const spans = mentions.flatMap((m) =>
        m.blockId === `s${i}` && isName(m.type) ? [{ start: m.start, end: m.end, type: m.type }] : [],
      );
      scorer.add(spans, sentence.entities);
    });
  }
  return scorer.table();
}

// Short words a headline in Title Case leaves in lower case (AP and Chicago style).
const HEADLINE_SMALL = new Set('a an the and but or nor for of on in at to by with from as'.split(' '));

/** "Obama admits US gun laws are his biggest frustration" → "Obama Admits US Gun Laws Are His Biggest Frustration". */
export const titleCased = (text: string) =>
  text.replace(/\p{L}[\p{L}'’]*/gu, (word, at: number) =>
    at > 0 && HEADLINE_SMALL.has(word.toLowerCase()) ? word : word[0]!.toUpperCase() + word.slice(1),
  );

/**
 * Scores the product's recogniser on a set's sentences rewritten as headlines are (in capitals, or in Title Case);
 * sentences whose rewriting changes their length are left out.
 */
export async function scoreRewritten(set: string, rewrite: (text: string) => string): Promise<ScoreTable> {
  const scorer = new SpanScorer();
  for (const sentence of loadNer(set)) {
    const text = rewrite(sentence.text);
    if (text.length === sentence.text.length) scorer.add(await recogniserSpans(text, 'en'), sentence.entities);
  }
  return scorer.table();
}

/** Every set with the product's recogniser, and with names from the rules alone and from the model alone. */
export async function evaluateRecogniser(sets = ['uner-en.dev', 'ilner-ur.test']): Promise<Record<string, ScoreTable>> {
  const out: Record<string, ScoreTable> = {};
  for (const set of sets) {
    const lang = langOfSet(set);
    for (const names of ['rules', 'model'] as const) {
      out[`${set} (${names})`] = await scoreSet(set, (text) => recogniserSpans(text, lang, names));
    }
    out[set] = await scoreSet(set, (text) => recogniserSpans(text, lang));
    out[`${set} (articles)`] = await scoreArticles(set);
    if (lang === 'en') {
      out[`${set} (in capitals)`] = await scoreRewritten(set, (text) => text.toUpperCase());
      out[`${set} (in Title Case)`] = await scoreRewritten(set, titleCased);
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sets = process.argv.slice(2);
  const tables = await evaluateRecogniser(sets.length > 0 ? sets : undefined);
  for (const [set, table] of Object.entries(tables)) console.log(`${set}: ${formatTable(table)}`);
}
