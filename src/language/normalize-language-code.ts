import { ISO_639_3_TO_BCP47 } from './iso-639-3';

/** Old or alternative codes browsers and sites still emit, mapped to the codes providers expect. */
const LEGACY: Record<string, string> = {
  iw: 'he',
  in: 'id',
  ji: 'yi',
  jw: 'jv',
  nb: 'no',
  mo: 'ro',
  sh: 'sr',
  fil: 'tl',
  per: 'fa',
  prs: 'fa',
  kur: 'ku',
};

/** Regions and scripts that mean Traditional Chinese; everything else of `zh` is Simplified. */
const TRADITIONAL_ZH = new Set(['hant', 'tw', 'hk', 'mo']);

/**
 * Reduces any language tag a page, a browser or a detector gives to the base code providers use: `ur-PK`, `ur_PK` → `ur`,
 * `zh-TW` → `zh-Hant`, `iw` → `he`, `urd` → `ur`. Chinese keeps its script because Simplified and Traditional are
 * different targets. Empty or unparseable input gives ''. `auto` stays `auto`.
 */
export function normalizeLanguageCode(code: string | undefined | null): string {
  const parts = (code ?? '')
    .trim()
    .toLowerCase()
    .split(/[-_]/)
    .filter((part) => part.length > 0);
  const base = parts[0];
  if (!base || !/^[a-z]{2,3}$/.test(base) || base === 'und') return base === 'auto' ? 'auto' : '';
  if (base === 'zh' || base === 'cmn' || base === 'zho' || base === 'chi') {
    return parts.slice(1).some((part) => TRADITIONAL_ZH.has(part)) ? 'zh-Hant' : 'zh';
  }
  const legacy = LEGACY[base];
  if (legacy) return legacy;
  if (base.length === 3) return ISO_639_3_TO_BCP47[base] ?? base;
  return base;
}

/** `ur` and `ur-PK` name the same language for our purposes. */
export function sameLanguage(a: string | undefined, b: string | undefined): boolean {
  const left = normalizeLanguageCode(a);
  return left !== '' && left === normalizeLanguageCode(b);
}
