import { normalizeUrdu } from '../ur/normalize-urdu';

/** Persian function words that never start or end a name found in a Persian source paragraph. */
// Source: Persian grammar's closed classes (prepositions, conjunctions, the object marker را, copulas and pronouns),
// normalised as the Urdu normaliser reads Arabic-script text.
// prettier-ignore
export const PERSIAN_STOP_WORDS = new Set([
  'با', 'به', 'از', 'در', 'برای', 'بر', 'تا', 'که', 'و', 'را', 'این', 'آن', 'است', 'بود', 'شد', 'های', 'ها', 'یک',
  'او', 'وی', 'ما', 'آنها', 'نیز', 'هم', 'یا', 'اما', 'چون', 'اگر', 'درباره', 'میان', 'بین', 'پس', 'پیش', 'روز',
].map(normalizeUrdu));
