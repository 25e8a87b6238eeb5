// Exact span + type scoring of people, places and organisations, micro and per type (CoNLL style).
import { NAME_TYPES, type NameType, type NerSpan } from './ner-data';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export type ScoreTable = Record<NameType | 'micro', Scores>;

const round = (x: number) => Math.round(x * 1000) / 1000;

function toScores({ tp, fp, fn }: Counts): Scores {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1), tp, fp, fn };
}

/** Accumulates sentence by sentence; `table()` gives per-type and micro-averaged scores. */
export class SpanScorer {
  private readonly counts = new Map<NameType, Counts>(NAME_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));

  add(predicted: NerSpan[], gold: NerSpan[]): void {
    const key = (s: NerSpan) => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gold.map(key));
    const predictedKeys = new Set(predicted.map(key));
    for (const p of predictedKeys) {
      const type = p.split(':')[2] as NameType;
      this.counts.get(type)![goldKeys.has(p) ? 'tp' : 'fp']++;
    }
    for (const g of goldKeys) if (!predictedKeys.has(g)) this.counts.get(g.split(':')[2] as NameType)!.fn++;
  }

  table(): ScoreTable {
    const total: Counts = { tp: 0, fp: 0, fn: 0 };
    const out = {} as ScoreTable;
    for (const [type, c] of this.counts) {
      out[type] = toScores(c);
      total.tp += c.tp;
      total.fp += c.fp;
      total.fn += c.fn;
    }
    out.micro = toScores(total);
    return out;
  }
}

/** One line per type: "micro P 0.69 R 0.54 F1 0.61 | person …". */
export function formatTable(table: ScoreTable): string {
  return (['micro', ...NAME_TYPES] as const)
    .map((t) => `${t} P ${table[t].precision.toFixed(3)} R ${table[t].recall.toFixed(3)} F1 ${table[t].f1.toFixed(3)}`)
    .join(' | ');
}
