// Regenerates the Urdu word lists that come from IL-NER's Urdu training split (`npm run entities:urdu-words`), normalised
// as the tagger reads them; the dev and test splits are not read:
// - src/entities/ur/urdu-name-parts-data.ts: words that stand mostly inside people's names (at least
//   NAME_MIN_COUNT times, and in a name at least NAME_MIN_SHARE of the times they occur);
// - src/entities/ur/urdu-everyday-words-data.ts: words seen at least EVERYDAY_MIN_COUNT times and inside a name of any
//   type at most EVERYDAY_MAX_SHARE of those times (قابل, محکمہ, باقاعدگی), where a name after a title ends;
// - src/entities/ur/urdu-rare-places-data.ts: gazetteer names seen at least RARE_PLACE_MIN_COUNT times and a place
//   at most RARE_PLACE_MAX_SHARE of those times (مالی "financial" and Mali), which the rules then leave to the tagger;
// - src/entities/ur/urdu-given-names-data.ts: faker's Persian, Arabic and Urdu given names and surnames as Urdu writes
//   them, less the words the training split uses as ordinary words (a tagger feature).
import { gazetteerFor } from '../../src/entities/generic/region-gazetteer';
import { taggerTokens } from '../../src/entities/model/tagger-tokens';
import { normalizeUrdu } from '../../src/entities/ur/normalize-urdu';
import { loadNer, type NerSentence } from './ner-data';
import { writeWordListModule } from './word-list-module';

const NAME_MIN_COUNT = 4;
const NAME_MIN_SHARE = 0.6;
const EVERYDAY_MIN_COUNT = 8;
const EVERYDAY_MAX_SHARE = 0.02;
const RARE_PLACE_MIN_COUNT = 5;
const RARE_PLACE_MAX_SHARE = 0.1;

interface WordCounts {
  seen: Map<string, number>;
  inPerson: Map<string, number>;
  inName: Map<string, number>;
  asPlace: Map<string, number>;
}

function countWords(sentences: NerSentence[]): WordCounts {
  const counts: WordCounts = { seen: new Map(), inPerson: new Map(), inName: new Map(), asPlace: new Map() };
  const bump = (map: Map<string, number>, word: string) => map.set(word, (map.get(word) ?? 0) + 1);
  for (const sentence of sentences) {
    for (const token of taggerTokens(sentence.text)) {
      const word = normalizeUrdu(token.text);
      if (!/^\p{L}{2,}$/u.test(word)) continue;
      bump(counts.seen, word);
      const name = sentence.entities.find((e) => e.start <= token.start && token.end <= e.end);
      if (name) bump(counts.inName, word);
      if (name?.type === 'person') bump(counts.inPerson, word);
      if (name?.type === 'place') bump(counts.asPlace, word);
    }
  }
  return counts;
}

export function urduNameParts(sentences: NerSentence[]): string[] {
  const { seen, inPerson } = countWords(sentences);
  return [...inPerson]
    .filter(([word, count]) => count >= NAME_MIN_COUNT && count / seen.get(word)! >= NAME_MIN_SHARE)
    .map(([word]) => word)
    .sort();
}

/** Words IL-NER's training split has at least this often, and inside a name at most this share: ordinary words. */
const ORDINARY_MIN_COUNT = 3;
const ORDINARY_MAX_SHARE = 0.5;

/**
 * Given names and surnames in Arabic script from faker's Persian, Arabic and Urdu person lists (MIT), as Urdu writes
 * them (أحمد → احمد, فاطمه → فاطمہ), one word each, without the words IL-NER's training split uses as ordinary words
 * (آرزو "wish", امید "hope"), everyday words and gazetteer places.
 */
export function urduGivenNames(sentences: NerSentence[], lists: string[]): string[] {
  const { seen, inName } = countWords(sentences);
  const everyday = new Set(urduEverydayWords(sentences));
  const places = gazetteerFor('ur').byName;
  const words = lists
    .flatMap((name) => name.split(/\s+/))
    .map((word) =>
      normalizeUrdu(word.replace(/[\u200c\u200d]/g, ''))
        .replace(/[أإٱ]/g, 'ا')
        .replace(/ه/g, 'ہ')
        .replace(/ؤ/g, 'و'),
    )
    .filter((word) => /^[\u0600-\u06FF]{3,}$/u.test(word));
  return [...new Set(words)]
    .filter((word) => !everyday.has(word) && !places.has(word))
    .filter((word) => {
      const count = seen.get(word) ?? 0;
      return count < ORDINARY_MIN_COUNT || (inName.get(word) ?? 0) / count > ORDINARY_MAX_SHARE;
    })
    .sort();
}

export function urduEverydayWords(sentences: NerSentence[]): string[] {
  const { seen, inName } = countWords(sentences);
  return [...seen]
    .filter(([word, count]) => count >= EVERYDAY_MIN_COUNT && (inName.get(word) ?? 0) / count <= EVERYDAY_MAX_SHARE)
    .map(([word]) => word)
    .sort();
}

export function urduRarePlaces(sentences: NerSentence[]): string[] {
  const { seen, asPlace } = countWords(sentences);
  const places = gazetteerFor('ur').byName;
  return [...seen]
    .filter(([word]) => places.has(word))
    .filter(
      ([word, count]) => count >= RARE_PLACE_MIN_COUNT && (asPlace.get(word) ?? 0) / count <= RARE_PLACE_MAX_SHARE,
    )
    .map(([word]) => word)
    .sort();
}

/** faker's person name lists for Persian, Arabic and Urdu: first names and last names, no patterns. */
async function fakerNames(): Promise<string[]> {
  const { fa, ar, ur } = await import('@faker-js/faker');
  const names: string[] = [];
  for (const locale of [fa, ar, ur]) {
    const person = locale.person ?? {};
    for (const key of ['first_name', 'last_name'] as const) {
      const list = person[key];
      const values = Array.isArray(list) ? list : Object.values(list ?? {}).flat();
      names.push(...values.filter((v): v is string => typeof v === 'string' && !v.includes('{')));
    }
  }
  return names;
}

function writeGivenNames(words: string[]): void {
  const source = [
    'Generated by scripts/entities/build-urdu-word-lists.ts from the Persian, Arabic and Urdu person name lists of',
    'faker (@faker-js/faker, MIT), as Urdu writes them, less the words ilner-ur.train uses as ordinary words. Do not edit.',
  ];
  writeWordListModule('ur/urdu-given-names-data.ts', source, 'URDU_GIVEN_NAMES_DATA', words.join(' '));
}

function writeList(file: string, name: string, what: string, words: string[]): void {
  const source = [
    'Generated by scripts/entities/build-urdu-word-lists.ts from ilner-ur.train, IL-NER Urdu (IIIT Hyderabad, CDAC',
    `Noida, IIIT Bhubaneswar; CC BY 4.0): ${what}, normalised. Do not edit.`,
  ];
  writeWordListModule(`ur/${file}`, source, name, words.join(' '));
}

if (process.argv[1]?.endsWith('build-urdu-word-lists.ts')) {
  const train = loadNer('ilner-ur.train');
  const parts = urduNameParts(train);
  writeList('urdu-name-parts-data.ts', 'URDU_NAME_PARTS_DATA', "words mostly inside people's names there", parts);
  const everyday = urduEverydayWords(train);
  writeList('urdu-everyday-words-data.ts', 'URDU_EVERYDAY_WORDS_DATA', 'words almost never inside a name', everyday);
  const rare = urduRarePlaces(train);
  writeList('urdu-rare-places-data.ts', 'URDU_RARE_PLACES_DATA', 'gazetteer names there rarely a place', rare);
  console.log(`${parts.length} name parts: ${parts.join(' ')}`);
  console.log(`${rare.length} rare places: ${rare.join(' ')}`);
  console.log(`${everyday.length} everyday words`);
  const given = urduGivenNames(train, await fakerNames());
  writeGivenNames(given);
  console.log(`${given.length} given names and surnames`);
}
