// Reads the openly licensed NER sets in ../shared/data/ner (one JSON sentence per line; see its README for sources).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type NameType = 'person' | 'place' | 'organization';
export const NAME_TYPES: NameType[] = ['person', 'place', 'organization'];

export interface NerSpan {
  start: number;
  end: number;
  type: NameType;
}

export interface NerSentence {
  id: string;
  text: string;
  entities: NerSpan[];
}

export const NER_DIR = fileURLToPath(new URL('../../../shared/data/ner/', import.meta.url));

/** `name` is a file of the data folder without `.jsonl`, e.g. `uner-en.dev`. */
export function loadNer(name: string): NerSentence[] {
  return readFileSync(`${NER_DIR}${name}.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as NerSentence);
}
