import { normalizeUrdu } from './normalize-urdu';

/**
 * Ranks and forms of address that Urdu news writes before a person's name and that, like the role titles, are not part
 * of it (جناب عمران خان، میجر جنرل احمد شریف، انسپکٹر عدیل احمد). Kept apart from URDU_ROLE_TITLES, which the
 * trained tagger reads as a feature: the rules alone use these.
 */
// Source: the forms of address of Urdu letters and reports (جناب، محترم), the army's, navy's, air force's and
// police's ranks as Pakistani newspapers print them, and the district officers named in news (ڈپٹی کمشنر).
// prettier-ignore
export const URDU_RANK_TITLES = new Set(
  [
    'جناب', 'محترم', 'میجر', 'میجر جنرل', 'لیفٹیننٹ', 'لیفٹیننٹ جنرل', 'لیفٹیننٹ کرنل', 'کرنل',
    'کیپٹن', 'بریگیڈیئر', 'ایئر مارشل', 'ایئر چیف مارشل', 'ایڈمرل', 'وائس ایڈمرل', 'کموڈور', 'صوبیدار', 'حوالدار',
    'انسپکٹر', 'سب انسپکٹر', 'ڈپٹی کمشنر', 'اسسٹنٹ کمشنر', 'ڈائریکٹر جنرل', 'ایڈووکیٹ', 'بیرسٹر',
  ].map(normalizeUrdu),
);
