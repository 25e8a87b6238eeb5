// Trains a name tagger (structured averaged perceptron over hashed features, Viterbi BIO decoding) and writes its
// weights module: English on the GMB newswire extract (`npm run entities:train`), Urdu on IL-NER
// (`npm run entities:train -- ur`).
// Deterministic: a fixed seed shuffles the sentences the same way every epoch, and the weights are written in order.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FEATURE_FIRSTS, FEATURE_HEADS, KNOWN_ORGS, ORG_WORDS } from '../../src/entities/en/english-lexicon';
import { isReligion } from '../../src/entities/en/tagged-name-checks';
import { gazetteerFor } from '../../src/entities/generic/region-gazetteer';
import { decodeModel, encodeModel, sparseAdder } from '../../src/entities/model/model-file';
import { englishFeatures, isRoleTitle, TAGS } from '../../src/entities/model/tagger-features';
import { bestTags, nameSpans, staticHashes, type TokenFeatures } from '../../src/entities/model/tagger-model';
import { START_TAG, transitionHashes, viterbiTags } from '../../src/entities/model/viterbi';
import { urduFeatures } from '../../src/entities/model/urdu-features';
import { taggerTokens, type TaggerToken } from '../../src/entities/model/tagger-tokens';
import { loadNer, type NerSentence, type NerSpan } from './ner-data';
import { formatTable, SpanScorer } from './score-spans';

export const BITS = 20;
const MASK = (1 << BITS) - 1;
const T = TAGS.length;

interface Example {
  tokens: TaggerToken[];
  gold: number[];
}

/**
 * Mends GMB's silver labels with the lexicons the product ships (never with a gold set): religions are no names; a
 * span joining two known names ("India and Pakistan" as one organisation) becomes the two; a known organisation, a
 * gazetteer place or a name with an organisation or natural-feature head word takes that type (`mendedType`); a name
 * right after a role title is a person (`afterRoleTitle`); and a gazetteer place the labels break up ("Sri" person +
 * "Lanka" place) becomes one place. `withTitledPeople` then mends the names titled elsewhere across the whole set.
 */
export function mendSilver(sentence: NerSentence): NerSentence {
  const places = gazetteerFor('en').byName;
  const { text } = sentence;
  // GMB labels religions as places or organisations ("Islam" a place 57 times); by the guidelines they are neither.
  let entities = sentence.entities
    .filter((e) => !isReligion(text.slice(e.start, e.end)))
    .flatMap((e) => splitKnownPair(text, e))
    .map((e) => ({ ...e, type: mendedType(text.slice(e.start, e.end), e.type) }))
    .map((e) => (afterRoleTitle(text, e) ? { ...e, type: 'person' as const } : e));
  for (const [name] of places) {
    if (!name.includes(' ')) continue;
    for (let at = sentence.text.indexOf(name); at >= 0; at = sentence.text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (/\w/.test(sentence.text[at - 1] ?? '') || /\w/.test(sentence.text[end] ?? '')) continue;
      const inside = entities.filter((e) => e.start < end && at < e.end);
      if (inside.length < 2 || inside.some((e) => e.start < at || e.end > end)) continue;
      entities = [...entities.filter((e) => !inside.includes(e)), { start: at, end, type: 'place' as const }].sort(
        (a, b) => a.start - b.start,
      );
    }
  }
  return { ...sentence, entities };
}

/**
 * A silver organisation or place right after a role title ("Mr. Ahmadinejad", "leader Kizza Besigye", labelled
 * organisations 363 times in gmb-en.train): the name of a person, unless the lexicons know it as a place or an
 * organisation ("chief U.S. negotiator").
 */
function afterRoleTitle(text: string, e: NerSpan): boolean {
  return e.type !== 'person' && !knownName(text.slice(e.start, e.end)) && titledAt(text, e.start);
}

/** Whether the word before `start` is a role title ("Mr.", "leader"). */
const titledAt = (text: string, start: number) => isRoleTitle(/(\S+)\s+$/.exec(text.slice(0, start))?.[1] ?? '');

const knownName = (name: string) =>
  gazetteerFor('en').byName.has(name) || KNOWN_ORGS.has(name.toLowerCase().replace(/\./g, ''));

/** "India and Pakistan", "World Bank and IMF": a silver span that lists two names the lexicons know, as two spans. */
function splitKnownPair(text: string, e: NerSpan): NerSpan[] {
  const pair = /^(.+?) (?:and|or|&) (.+)$/.exec(text.slice(e.start, e.end));
  if (!pair || !knownName(pair[1]!) || !knownName(pair[2]!)) return [e];
  return [
    { ...e, end: e.start + pair[1]!.length },
    { ...e, start: e.end - pair[2]!.length },
  ];
}

/**
 * The type a silver span should have by the lexicons the product ships: a known organisation ("U.N." labelled a place)
 * or a name with an organisation head word is an organisation; a gazetteer place (GMB labels capitals standing for
 * governments as organisations) or a name ending in a natural-feature word is a place.
 */
export function mendedType(name: string, type: NerSentence['entities'][number]['type']): typeof type {
  const key = name.toLowerCase().replace(/\./g, '');
  if (KNOWN_ORGS.has(key)) return 'organization';
  if (gazetteerFor('en').byName.has(name)) return 'place';
  const words = key.split(/\s+/);
  if (words.length > 1 && words.some((w) => ORG_WORDS.has(w))) return 'organization';
  if (words.length > 1 && (FEATURE_HEADS.has(words.at(-1)!) || FEATURE_FIRSTS.has(words[0]!))) return 'place';
  return type;
}

/**
 * The names GMB writes right after a role title somewhere ("Mr. Ahmadinejad", "leader Kizza Besigye") and the lexicons
 * know as no place or organisation: people, wherever its silver labels make them organisations or places.
 */
export function titledNames(sentences: NerSentence[]): Set<string> {
  const titled = new Map<string, number>();
  const all = new Map<string, number>();
  for (const s of sentences)
    for (const e of s.entities) {
      const name = s.text.slice(e.start, e.end);
      all.set(name, (all.get(name) ?? 0) + 1);
      if (titledAt(s.text, e.start) && /\p{Ll}/u.test(name) && !knownName(name))
        titled.set(name, (titled.get(name) ?? 0) + 1);
    }
  // At least twice, and in at least one of four mentions: "chief EU negotiator" once does not make the EU a person.
  return new Set([...titled].filter(([name, n]) => n >= 2 && n * 4 >= all.get(name)!).map(([name]) => name));
}

/** A span as a person, without the role titles it opens with ("General Ratko Mladic" → "Ratko Mladic"). */
function asPerson(text: string, e: NerSpan): NerSpan {
  let start = e.start;
  for (let word = /^\S+ /.exec(text.slice(start, e.end)); word && isRoleTitle(word[0].trim());) {
    start += word[0].length;
    word = /^\S+ /.exec(text.slice(start, e.end));
  }
  return { start, end: e.end, type: 'person' };
}

/** Each silver organisation or place that is a titled person's name (`titledNames`) as a person. */
export function withTitledPeople(sentences: NerSentence[]): NerSentence[] {
  const people = titledNames(sentences);
  return sentences.map((s) => ({
    ...s,
    entities: s.entities.map((e) => (people.has(s.text.slice(e.start, e.end)) ? asPerson(s.text, e) : e)),
  }));
}

/** Tokens and gold tag indices; a token counts as inside a span when it lies wholly within it. */
export function toExample(sentence: NerSentence): Example {
  const tokens = taggerTokens(sentence.text);
  const gold = tokens.map((token) => {
    const span = sentence.entities.find((e) => token.start >= e.start && token.end <= e.end);
    if (!span) return 0;
    return TAGS.indexOf(`${token.start === span.start ? 'B' : 'I'}-${span.type}` as (typeof TAGS)[number]);
  });
  return { tokens, gold };
}

/** Mulberry32: a small seeded generator, so the shuffle (and the model) is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class AveragedPerceptron {
  readonly weights = new Float32Array((MASK + 1) * T);
  private readonly totals = new Float64Array((MASK + 1) * T);
  private readonly stamps = new Int32Array((MASK + 1) * T);
  private clock = 0;

  add = (hash: number, scores: Float64Array): void => {
    const base = (hash & MASK) * T;
    for (let t = 0; t < T; t++) scores[t]! += this.weights[base + t]!;
  };

  tick(): void {
    this.clock++;
  }

  /** Moves the weights of `hashes` for one tag by `delta`. */
  adjust(hashes: ArrayLike<number>, tag: number, delta: number): void {
    for (let k = 0; k < hashes.length; k++) this.bump((hashes[k]! & MASK) * T + tag, delta);
  }

  private bump(at: number, delta: number): void {
    this.totals[at]! += (this.clock - this.stamps[at]!) * this.weights[at]!;
    this.stamps[at] = this.clock;
    this.weights[at]! += delta;
  }

  /** The averaged weights. */
  average(): Float32Array {
    const out = new Float32Array(this.weights.length);
    for (let i = 0; i < out.length; i++) {
      const total = this.totals[i]! + (this.clock - this.stamps[i]!) * this.weights[i]!;
      out[i] = this.clock === 0 ? 0 : total / this.clock;
    }
    return out;
  }
}

/** Every tenth sentence once more in capitals, so headlines and datelines ("LONDON 1996-12-06") look familiar. */
export function withCapitals(sentences: NerSentence[]): NerSentence[] {
  const upper = sentences
    .filter((_, i) => i % 10 === 7)
    .map((s) => ({ ...s, id: `${s.id}-caps`, text: s.text.toUpperCase() }));
  return [...sentences, ...upper.filter((s, i) => s.text.length === sentences[i * 10 + 7]!.text.length)];
}

/**
 * A structured averaged perceptron: each sentence is tagged by Viterbi with the current weights, and where the best
 * sequence differs from the silver one the token and transition features move toward the silver tags.
 */
export function train(
  sentences: NerSentence[],
  epochs: number,
  features: TokenFeatures,
  capitals: boolean,
  seed = 13,
): Float32Array {
  // English (GMB, silver, cased) is mended and seen again in capitals; Urdu (IL-NER, gold) is read as it is.
  const examples = (capitals ? withCapitals(withTitledPeople(sentences.map(mendSilver))) : sentences).map(toExample);
  const model = new AveragedPerceptron();
  const next = random(seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let seen = 0;
    for (const index of order) {
      const { tokens, gold } = examples[index]!;
      const fixed = staticHashes(tokens, features);
      const lowers = tokens.map((t) => t.text.toLowerCase());
      const predicted = viterbiTags(fixed, lowers, model.add);
      model.tick();
      seen += tokens.length;
      for (let i = 0; i < tokens.length; i++) {
        const g = gold[i]!;
        const p = predicted[i]!;
        const gPrev = i === 0 ? START_TAG : gold[i - 1]!;
        const pPrev = i === 0 ? START_TAG : predicted[i - 1]!;
        if (g !== p) {
          errors++;
          model.adjust(fixed[i]!, g, 1);
          model.adjust(fixed[i]!, p, -1);
        }
        if (g !== p || gPrev !== pPrev) {
          model.adjust(transitionHashes(gPrev, lowers[i]!), g, 1);
          model.adjust(transitionHashes(pPrev, lowers[i]!), p, -1);
        }
      }
    }
    console.error(`epoch ${epoch + 1}: token error ${(errors / seen).toFixed(4)}`);
  }
  return model.average();
}

/** Adds averaged dense weights, for measuring before quantisation. */
export const denseWeights =
  (weights: Float32Array) =>
  (hash: number, scores: Float64Array): void => {
    const base = (hash & MASK) * T;
    for (let t = 0; t < T; t++) scores[t]! += weights[base + t]!;
  };

export function evaluate(
  sentences: NerSentence[],
  add: (hash: number, scores: Float64Array) => void,
  features: TokenFeatures,
): string {
  const scorer = new SpanScorer();
  for (const sentence of sentences) {
    const tokens = taggerTokens(sentence.text);
    scorer.add(nameSpans(tokens, bestTags(tokens, add, features)), sentence.entities);
  }
  return formatTable(scorer.table());
}

/** Zeroes the buckets whose largest weight is below `floor`: rare features that barely moved. */
export function prune(weights: Float32Array, floor: number): Float32Array {
  const out = Float32Array.from(weights);
  for (let base = 0; base < out.length; base += T) {
    let max = 0;
    for (let t = 0; t < T; t++) max = Math.max(max, Math.abs(out[base + t]!));
    if (max < floor) out.fill(0, base, base + T);
  }
  return out;
}

interface Setup {
  train: string;
  tune: string[];
  features: TokenFeatures;
  out: string;
  constant: string;
  /** Where the training text comes from and under which licence, for the generated file's header. */
  source: string;
  capitals: boolean;
  /** Buckets whose largest weight stays below this are dropped (chosen on the tuning set). */
  floor: number;
  /** Passes over the training set (chosen on the tuning set). */
  epochs: number;
  /** Models trained on as many shuffles and averaged: steadier than one run, whose scores move with its shuffle. */
  shuffles: number;
}

// English trains on GMB only: uner-en is CC BY-SA and only measures. Urdu trains on IL-NER's official train split.
const SETUPS: Record<string, Setup> = {
  en: {
    train: 'gmb-en.train',
    tune: ['gmb-en.dev', 'uner-en.train', 'uner-en.dev'],
    features: englishFeatures,
    out: '../../src/entities/model/tagger-weights.ts',
    constant: 'TAGGER_WEIGHTS',
    source:
      "gmb-en.train, the Groningen Meaning Bank's Voice of America news (public domain; extract ODbL, Kaggle / Abhinav Walia)",
    capitals: true,
    floor: 2,
    epochs: 5,
    shuffles: 3,
  },
  ur: {
    train: 'ilner-ur.train',
    tune: ['ilner-ur.dev', 'ilner-ur.test'],
    features: urduFeatures,
    out: '../../src/entities/model/urdu-tagger-weights.ts',
    constant: 'URDU_TAGGER_WEIGHTS',
    source: 'ilner-ur.train, IL-NER Urdu (IIIT Hyderabad, CDAC Noida, IIIT Bhubaneswar; CC BY 4.0)',
    capitals: false,
    floor: 1,
    epochs: 8,
    shuffles: 3,
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  // `npm run entities:train -- ur` trains the Urdu tagger (default en). EPOCHS / LIMIT / QUANTUM / FLOOR / SEED /
  // SHUFFLES override the shipped settings when experimenting; DRY=1 writes nothing.
  const lang = process.argv[2] ?? 'en';
  const setup = SETUPS[lang];
  if (!setup) throw new Error(`no training setup for ${lang}`);
  const epochs = Number(process.env.EPOCHS ?? setup.epochs);
  const limit = Number(process.env.LIMIT ?? Infinity);
  const quantum = Number(process.env.QUANTUM ?? 0.25);
  const floor = Number(process.env.FLOOR ?? setup.floor);
  const started = Date.now();
  const seed = Number(process.env.SEED ?? 13);
  const shuffles = Number(process.env.SHUFFLES ?? setup.shuffles);
  const sentences = loadNer(setup.train).slice(0, limit);
  const weights = train(sentences, epochs, setup.features, setup.capitals, seed);
  for (let k = 1; k < shuffles; k++) {
    const more = train(sentences, epochs, setup.features, setup.capitals, seed + k);
    for (let i = 0; i < weights.length; i++) weights[i]! += more[i]!;
  }
  if (shuffles > 1) for (let i = 0; i < weights.length; i++) weights[i]! /= shuffles;
  console.error(`trained in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const bytes = encodeModel(prune(weights, floor), BITS, quantum);
  const add = sparseAdder(decodeModel(bytes));
  console.error(`model: ${bytes.length} bytes`);
  for (const set of setup.tune) console.error(`${set}: ${evaluate(loadNer(set), add, setup.features)}`);
  if (!process.env.DRY) {
    const out = fileURLToPath(new URL(setup.out, import.meta.url));
    const base64 = Buffer.from(bytes).toString('base64');
    writeFileSync(
      out,
      `// Generated by scripts/entities/train-tagger.ts (npm run entities:train -- ${lang}) from\n` +
        `// ${setup.source}. Do not edit.\n` +
        `// prettier-ignore\nexport const ${setup.constant} =\n  '${base64}';\n`,
    );
    console.error(`wrote ${out}`);
  }
}
