import { normalizeUrdu } from '../ur/normalize-urdu';
import { baseLanguage, isArabicScript } from './base-language';
import { PAIRED_PLACES } from './place-names';
import { WORLD_PLACES_DATA } from './world-places-data';
import { TIME_ZONE_CITIES_DATA } from './time-zone-cities-data';

export interface Gazetteer {
  /** Normalised name → place key (ISO region code or a city key shared across languages). */
  byName: Map<string, string>;
  /** Most tokens in any name: how far a scan has to look ahead. */
  maxTokens: number;
}

const cache = new Map<string, Gazetteer>();
// Source: ISO 3166-1 alpha-2 and ICU's exceptional and historic codes: the two-letter codes ICU names, so that 273
// names are asked for instead of all 676 pairs of letters; each `of()` call reaches into ICU's locale data.
// prettier-ignore
const REGION_CODES = (
  'AC AD AE AF AG AI AL AM AN AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR ' +
  'BS BT BU BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CP CQ CR CS CU CV CW CX CY CZ DD DE DG DJ ' +
  'DK DM DO DY DZ EA EC EE EG EH ER ES ET FI FJ FK FM FO FR FX GA GB GD GE GF GG GH GI GL GM GN GP GQ ' +
  'GR GS GT GU GW GY HK HM HN HR HT HU HV IC ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM ' +
  'KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS ' +
  'MT MU MV MW MX MY MZ NA NC NE NF NG NH NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT ' +
  'PW PY QA RE RH RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SU SV SX SY SZ TA TC ' +
  'TD TF TG TH TJ TK TL TM TN TO TP TR TT TV TW TZ UA UG UK UM US UY UZ VA VC VD VE VG VI VN VU WF WS ' +
  'XK YD YE YT YU ZA ZM ZR ZW'
).split(' ');

/** Case and script folding used for every gazetteer key. */
export function foldName(name: string, lang: string): string {
  const base = baseLanguage(lang);
  const folded = isArabicScript(base) ? normalizeUrdu(name) : name.normalize('NFC');
  return folded.replace(/\s+/g, ' ').trim();
}

/** "UK" → "U.K.": the dotted spelling news uses for a short name in capitals. */
const dotted = (name: string) => (/^\p{Lu}{2,3}$/u.test(name) ? [...name].join('.') + '.' : undefined);

/** ICU's long and short names of every region ("United Kingdom", "UK", and "U.K." for the latter). */
function regionNames(lang: string): [string, string][] {
  let long: Intl.DisplayNames;
  let short: Intl.DisplayNames;
  try {
    long = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
    short = new Intl.DisplayNames([lang], { type: 'region', style: 'short', fallback: 'code' });
  } catch {
    return [];
  }
  const names: [string, string][] = [];
  for (const code of REGION_CODES) {
    const name = long.of(code);
    // A code this runtime's ICU does not know comes back as the code itself.
    if (!name || name === code) continue;
    names.push([name, code]);
    const brief = short.of(code);
    if (!brief || brief === name) continue;
    names.push([brief, code]);
    const dots = dotted(brief);
    if (dots) names.push([dots, code]);
  }
  return names;
}

/**
 * Country names (long and short) from the runtime's ICU (any language), the hand-made cities for English and Urdu, and
 * for English the time zones' cities and GeoNames' large cities and the countries' subdivisions (world-places-data.ts).
 */
export function gazetteerFor(lang: string): Gazetteer {
  const base = baseLanguage(lang);
  const cached = cache.get(base);
  if (cached) return cached;
  const byName = new Map<string, string>();
  for (const [name, code] of regionNames(base)) byName.set(foldName(name, base), code);
  for (const place of PAIRED_PLACES) {
    const names = base === 'en' || base === 'ur' ? place[base] : [];
    for (const name of names) byName.set(foldName(name, base), place.key);
  }
  // English also knows the cities the time zones are named after and the world's large cities and subdivisions; a name
  // it has already keeps its key.
  if (base === 'en') {
    for (const city of TIME_ZONE_CITIES_DATA.split('|')) if (!byName.has(city)) byName.set(city, `city:${city}`);
    for (const place of WORLD_PLACES_DATA.split('|')) if (!byName.has(place)) byName.set(place, `place:${place}`);
  }
  let maxTokens = 1;
  for (const name of byName.keys()) maxTokens = Math.max(maxTokens, name.split(' ').length);
  const gazetteer = { byName, maxTokens: Math.min(maxTokens, 5) };
  cache.set(base, gazetteer);
  return gazetteer;
}

const folded = new Map<string, Set<string>>();

/** The gazetteer's names in lower case, for text whose capitals say nothing (a headline in capitals). */
export function caseFoldedNames(lang: string): Set<string> {
  const base = baseLanguage(lang);
  let names = folded.get(base);
  if (!names) {
    names = new Set([...gazetteerFor(base).byName.keys()].map((name) => name.toLowerCase()));
    folded.set(base, names);
  }
  return names;
}

/** All names of a place key in a language (for finding a place again in the other language). */
export function namesForKey(key: string, lang: string): string[] {
  const names: string[] = [];
  for (const [name, k] of gazetteerFor(lang).byName) if (k === key) names.push(name);
  return names;
}
