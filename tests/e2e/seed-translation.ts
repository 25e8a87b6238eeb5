import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dictionaryTranslate, type TranslateFn } from '../servers/faults';

const SEED = resolve(import.meta.dirname, '../fixtures/seed');
const lines = (file: string) =>
  readFileSync(resolve(SEED, file), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The seed's Urdu lines and the paragraph-aligned English reference, line for line. */
export const SEED_UR = lines('article.ur.txt');
export const SEED_EN = lines('article.en.txt');

/** What the popup should show in English, by block: title, subtitle, then the 12 paragraphs (the image alt is no block). */
export const SEED_EXPECTED_EN = [SEED_EN[0]!, SEED_EN[1]!, ...SEED_EN.slice(3, 15)];

/** A LibreTranslate server that knows the seed: each Urdu paragraph comes back as its English reference paragraph. */
export const seedTranslate: TranslateFn = dictionaryTranslate(
  new Map([
    ...SEED_UR.map((ur, i) => [ur, SEED_EN[i]!] as const),
    ...SEED_EN.map((en, i) => [en, SEED_UR[i]!] as const),
  ]),
);
