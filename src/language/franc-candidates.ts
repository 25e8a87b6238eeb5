import type { ScriptCode } from './detect-script';
import { normalizeLanguageCode } from './normalize-language-code';

/**
 * franc-min's languages per script, trimmed to those a news reader meets: on short texts franc otherwise picks
 * small languages whose trigrams happen to fit (a two-word English headline as Hmong).
 */
export const FRANC_CANDIDATES: Partial<Record<ScriptCode, string[]>> = {
  Latn: [
    'eng',
    'spa',
    'por',
    'fra',
    'deu',
    'ita',
    'nld',
    'pol',
    'tur',
    'ron',
    'hun',
    'ces',
    'swe',
    'ind',
    'vie',
    'tgl',
    'swh',
    'hrv',
    'bos',
    'srp',
    'uzn',
    'azj',
    'som',
    'hau',
    'yor',
    'zul',
    'zlm',
  ],
  Cyrl: ['rus', 'ukr', 'bel', 'bul', 'srp', 'kaz', 'uzn'],
  Arab: ['urd', 'pes', 'arb', 'pbu'],
  Deva: ['hin', 'mar', 'npi'],
};

/** Languages a detector may answer for this script (BCP 47), to judge whether a hint is plausible. */
export function candidatesFor(script: ScriptCode): string[] {
  return (FRANC_CANDIDATES[script] ?? []).map(normalizeLanguageCode);
}
