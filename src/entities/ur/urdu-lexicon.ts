import { normalizeUrdu } from './normalize-urdu';
import { URDU_EVERYDAY_WORDS_DATA } from './urdu-everyday-words-data';
import { URDU_GIVEN_NAMES_DATA } from './urdu-given-names-data';
import { URDU_NAME_PARTS_DATA } from './urdu-name-parts-data';
import { URDU_RARE_PLACES_DATA } from './urdu-rare-places-data';

// Written as people write them; normalised at load so lookups match normalised text (وزیر اعلیٰ → وزیر اعلی).
const norm = (list: string[]) => new Set(list.map(normalizeUrdu));

/** Role titles (most frequent in Urdu news first): they announce a person and are not part of the span. */
// Source: the tagged-corpus frequency list of Urdu titles in the notes, plus their spelling variants.
// prettier-ignore
export const URDU_ROLE_TITLES = norm([
  'کپتان', 'صدر', 'ڈاکٹر', 'چیف جسٹس', 'وزیراعظم', 'وزیر اعظم', 'جسٹس', 'صحافی', 'جنرل', 'سربراہ', 'کوچ', 'چیئرمین',
  'پروفیسر', 'وزیر داخلہ', 'سپیکر', 'اسپیکر', 'وزیر اعلیٰ', 'وزیراعلیٰ', 'سفیر', 'ترجمان', 'وزیر خارجہ', 'وزیر خزانہ',
  'وزیر دفاع', 'وزیر اطلاعات', 'مسٹر', 'مسز', 'محترمہ', 'ولی عہد', 'گورنر', 'سینیٹر', 'مولانا', 'مفتی', 'ہم منصب',
  'آرمی چیف', 'فیلڈ مارشل', 'سیکرٹری جنرل', 'نائب وزیراعظم', 'رہنما', 'قائد', 'وزیر',
]);

/** Titles customarily part of the name (شیخ محمد، شہزادہ محمد، میاں نواز شریف): kept inside the span. */
// Source: the honorifics of the same list that are written as part of a name, and the South Asian ones used the same
// way (Sardar, Lala, Mirza, Khwaja, Nawab, Pandit, Mahatma, Allama, Syed).
// prettier-ignore
export const URDU_NAME_TITLES = norm([
  'شیخ', 'شہزادہ', 'شہزادی', 'بادشاہ', 'شاہ', 'چوہدری', 'میاں', 'سردار', 'لالہ', 'مرزا', 'خواجہ', 'نواب', 'پنڈت',
  'مہاتما', 'علامہ', 'سید',
]);

/** Words that stand mostly inside people's names: a sign of a person for the tagger, never a name on its own. */
// Source: IL-NER's Urdu training split, by scripts/entities/build-urdu-word-lists.ts (see the generated file).
export const URDU_NAME_PARTS = new Set(URDU_NAME_PARTS_DATA.split(' '));

/** Given names and surnames in Arabic script (faker's Persian, Arabic and Urdu lists; see the generated file). */
export const URDU_GIVEN_NAMES = new Set(URDU_GIVEN_NAMES_DATA.split(' '));

/** Frequent words almost never inside a name (قابل notable, محکمہ department): a name read after a title ends there. */
// Source: IL-NER's Urdu training split, by scripts/entities/build-urdu-word-lists.ts (see the generated file).
export const URDU_EVERYDAY_WORDS = new Set(URDU_EVERYDAY_WORDS_DATA.split(' '));

/** Gazetteer names that are far more often ordinary words (مالی "financial", قطر "diameter"): left to the tagger. */
// Source: IL-NER's Urdu training split, by scripts/entities/build-urdu-word-lists.ts (see the generated file).
export const URDU_RARE_PLACES = new Set(URDU_RARE_PLACES_DATA.split(' '));

/** Words that end a name: postpositions, auxiliaries, conjunctions and other frequent function words. */
// Source: Urdu grammar's closed classes (postpositions, auxiliaries, pronouns, conjunctions) and frequent news verbs.
// prettier-ignore
export const URDU_STOP_WORDS = norm([
  'نے', 'کے', 'کی', 'کا', 'کو', 'سے', 'میں', 'پر', 'اور', 'ہے', 'ہیں', 'تھا', 'تھے', 'تھی', 'نہیں', 'بھی', 'جو', 'یہ',
  'وہ', 'اس', 'ان', 'کہ', 'کر', 'کیا', 'کہا', 'ایک', 'دو', 'سمیت', 'اپنے', 'نیز', 'جبکہ', 'تک', 'لیے', 'لئے', 'بات',
  'ملاقات', 'گئے', 'پہنچ', 'پہنچے', 'ساتھ', 'بعد', 'قبل', 'دوران', 'مطابق', 'بتایا', 'ہوئے', 'ہو', 'گا', 'گی', 'والے',
  'سب', 'اب', 'ہی', 'تو', 'یا', 'لیکن', 'مگر', 'پھر', 'جب', 'اگر', 'نیوز', 'ایجنسی', 'سرکاری', 'دورے', 'دورہ', 'اجلاس',
  'مملکت', 'حکومت', 'حکام', 'خطاب', 'نامزد', 'منتخب', 'منصب', 'عہدے', 'مشیر', 'خصوصی', 'اگلے', 'گزشتہ', 'ماہ', 'سال',
  'آج', 'کل', 'برائے', 'براۓ', 'خلاف', 'رہے', 'رہا', 'رہی',
]).add('');

/** Organisations, normalised; matched as whole token sequences. */
// Source: the Urdu names of the bodies in english-lexicon.ts KNOWN_ORGS (armed groups, UN agencies and wire services
// included) and of Pakistan's constitutional institutions.
// prettier-ignore
export const URDU_ORGS = norm([
  'کریملن', 'برکس', 'اوپیک+', 'اوپیک', 'آئی ایم ایف', 'عالمی مالیاتی فنڈ', 'اقوام متحدہ', 'ورلڈ بینک',
  'عالمی بینک', 'نیٹو', 'یورپی یونین', 'شنگھائی تعاون تنظیم', 'تحریک انصاف', 'پاکستان تحریک انصاف', 'پی ٹی آئی', 'مسلم لیگ ن', 'پاکستان مسلم لیگ ن', 'پیپلز پارٹی',
  'پاکستان پیپلز پارٹی', 'اسٹیٹ بینک', 'سٹیٹ بینک', 'اسٹیٹ بینک آف پاکستان', 'ایف بی آر', 'آئی ایس پی آر', 'وائٹ ہاؤس',
  'پینٹاگون', 'حماس', 'طالبان', 'الجزیرہ', 'رائٹرز', 'سینیٹ', 'قومی اسمبلی', 'سپریم کورٹ', 'ہائی کورٹ', 'الیکشن کمیشن',
  'پاک فوج', 'عالمی ادارہ صحت', 'ایشیائی ترقیاتی بینک', 'وزارت خزانہ', 'وزارت خارجہ', 'ادارہ شماریات',
  'القاعدہ', 'داعش', 'دولت اسلامیہ', 'تحریک طالبان پاکستان', 'ٹی ٹی پی', 'لشکر طیبہ',
  'جیش محمد', 'بوکو حرام', 'الشباب', 'حقانی نیٹ ورک', 'بلوچستان لبریشن آرمی', 'جماعۃ الدعوۃ', 'جماعت الدعوۃ',
  'لشکر جھنگوی', 'یونیسیف', 'یونیسکو', 'یو این ایچ سی آر', 'عالمی ادارہ خوراک', 'بین الاقوامی جوہری توانائی ایجنسی',
  'اے ایف پی', 'ایسوسی ایٹڈ پریس', 'شنہوا', 'اے پی پی', 'وائس آف امریکا',
]);

/** Head words that end an organisation's name (معراج ایئرویز، پیپلز پارٹی), and those that open one (وزارت خزانہ). */
// Source: the Urdu forms of english-lexicon.ts ORG_WORDS (transliterated, as Urdu news writes them) and Urdu's own
// words for ministry, department and institution.
// prettier-ignore
export const URDU_ORG_HEADS_AFTER = norm([
  'ایئرویز', 'ائیرویز', 'ایئرلائنز', 'ائیرلائنز', 'ایئرلائن', 'بینک', 'پارٹی', 'کمپنی', 'کارپوریشن', 'یونیورسٹی',
  'ایجنسی', 'کمیشن', 'کونسل', 'اتھارٹی', 'بیورو', 'فاؤنڈیشن', 'گروپ', 'لیگ', 'ٹی وی', 'نیوز', 'ٹائمز', 'بورڈ',
  'کمیٹی', 'فیڈریشن', 'ایسوسی ایشن', 'انسٹی ٹیوٹ', 'اکیڈمی', 'کالج', 'فورم', 'موومنٹ', 'تحریک', 'ٹربیونل',
  'ٹرسٹ', 'آرمی',
]);
/** Head words that are also everyday nouns (board, group, movement, committee, forum, news, TV): weak evidence alone. */
// Source: the entries of URDU_ORG_HEADS_AFTER that Urdu uses as common nouns outside names.
export const URDU_EVERYDAY_HEADS = norm(['بورڈ', 'گروپ', 'تحریک', 'کمیٹی', 'فورم', 'نیوز', 'ٹی وی', 'موومنٹ']);
export const URDU_ORG_HEADS_BEFORE = norm(['وزارت', 'محکمہ', 'ادارہ', 'تنظیم', 'انجمن', 'جامعہ']);

/** Weekday names that are also common words (پیر: Pir/saint, ہفتہ: week): dates only before کو. */
// Source: the traps of the notes' Urdu title list (پیر، ہفتہ، جمعہ).
export const URDU_AMBIGUOUS_WEEKDAYS = new Set(['پیر', 'ہفتہ', 'جمعہ']);

/** Suffixes that turn a place name into another word (روسی Russian, ایرانیوں Iranians): no place inside them. */
export const URDU_PLACE_SUFFIX = /^[یوےں]/;
