// Places the region gazetteer lacks and everyday names it spells differently, paired English ↔ Urdu so a place found in
// one language can be found again in the other; the key is shared by both sides.
export interface PairedPlace {
  key: string;
  en: string[];
  ur: string[];
}

// Source: national capitals, ISO 3166-2 subdivisions (Pakistan's provinces and territories, the Gulf emirates, the
// Palestinian territories), Pakistan's ten largest cities (2017 census) and the conventional regions Middle East and
// Persian Gulf; Urdu spellings as Urdu news writes them.
export const PAIRED_PLACES: PairedPlace[] = [
  { key: 'moscow', en: ['Moscow'], ur: ['ماسکو'] },
  { key: 'tehran', en: ['Tehran'], ur: ['تہران'] },
  { key: 'abu-dhabi', en: ['Abu Dhabi'], ur: ['ابوظہبی', 'ابو ظہبی'] },
  { key: 'gaza', en: ['Gaza'], ur: ['غزہ'] },
  { key: 'gaza-strip', en: ['Gaza Strip'], ur: ['غزہ کی پٹی'] },
  { key: 'gulf', en: ['Gulf', 'Persian Gulf'], ur: ['خلیج', 'خلیج فارس'] },
  { key: 'middle-east', en: ['Middle East'], ur: ['مشرق وسطیٰ', 'مشرق وسطی'] },
  { key: 'riyadh', en: ['Riyadh'], ur: ['ریاض'] },
  { key: 'dubai', en: ['Dubai'], ur: ['دبئی'] },
  { key: 'doha', en: ['Doha'], ur: ['دوحہ'] },
  { key: 'islamabad', en: ['Islamabad'], ur: ['اسلام آباد'] },
  { key: 'karachi', en: ['Karachi'], ur: ['کراچی'] },
  { key: 'lahore', en: ['Lahore'], ur: ['لاہور'] },
  { key: 'rawalpindi', en: ['Rawalpindi'], ur: ['راولپنڈی'] },
  { key: 'peshawar', en: ['Peshawar'], ur: ['پشاور'] },
  { key: 'quetta', en: ['Quetta'], ur: ['کوئٹہ'] },
  { key: 'multan', en: ['Multan'], ur: ['ملتان'] },
  { key: 'punjab', en: ['Punjab'], ur: ['پنجاب'] },
  { key: 'sindh', en: ['Sindh'], ur: ['سندھ'] },
  { key: 'balochistan', en: ['Balochistan'], ur: ['بلوچستان'] },
  { key: 'khyber-pakhtunkhwa', en: ['Khyber Pakhtunkhwa'], ur: ['خیبر پختونخوا'] },
  { key: 'kashmir', en: ['Kashmir'], ur: ['کشمیر'] },
  { key: 'beijing', en: ['Beijing'], ur: ['بیجنگ'] },
  { key: 'washington', en: ['Washington'], ur: ['واشنگٹن'] },
  { key: 'new-york', en: ['New York'], ur: ['نیویارک'] },
  { key: 'london', en: ['London'], ur: ['لندن'] },
  { key: 'paris', en: ['Paris'], ur: ['پیرس'] },
  { key: 'kabul', en: ['Kabul'], ur: ['کابل'] },
  { key: 'new-delhi', en: ['New Delhi', 'Delhi'], ur: ['نئی دہلی', 'دہلی'] },
  { key: 'kyiv', en: ['Kyiv', 'Kiev'], ur: ['کیف'] },
  { key: 'damascus', en: ['Damascus'], ur: ['دمشق'] },
  { key: 'baghdad', en: ['Baghdad'], ur: ['بغداد'] },
  { key: 'cairo', en: ['Cairo'], ur: ['قاہرہ'] },
  { key: 'jerusalem', en: ['Jerusalem'], ur: ['یروشلم', 'بیت المقدس'] },
  { key: 'west-bank', en: ['West Bank'], ur: ['مغربی کنارے', 'مغربی کنارہ'] },
  { key: 'ankara', en: ['Ankara'], ur: ['انقرہ'] },
  { key: 'istanbul', en: ['Istanbul'], ur: ['استنبول'] },
  // Everyday names of countries the region gazetteer words formally; the key is the ISO code it uses.
  { key: 'US', en: ['US', 'U.S.', 'America', 'United States of America'], ur: ['امریکہ', 'امریکا'] },
  { key: 'GB', en: ['UK', 'Britain', 'Great Britain'], ur: ['برطانیہ'] },
  { key: 'PS', en: ['Palestine'], ur: ['فلسطین'] },
  { key: 'TR', en: ['Turkey'], ur: ['ترکی'] },
  { key: 'AE', en: ['UAE'], ur: ['امارات'] },
  { key: 'IN', en: ['Hindustan'], ur: ['ہندوستان'] },
];

/** Urdu place names that are also common words; they count as places only when the previous word allows it. */
// Source: Urdu dictionaries' second senses of the place names above.
export const AMBIGUOUS_URDU_PLACES: Record<string, string[]> = {
  // شام: Syria, or "evening" after اسی/اس/آج/کل/ہر/کی/سے/شام.
  شام: ['اسی', 'اس', 'آج', 'کل', 'ہر', 'کی', 'سے', 'صبح', 'دن'],
};

/** Urdu country names that are far more often common words; places only right after one of the listed words. */
// Source: Urdu dictionaries' first senses: مالی "financial" (Mali), چلی "went" (Chile).
export const URDU_PLACES_ONLY_AFTER: Record<string, string[]> = {
  مالی: ['ملک', 'جمہوریہ', 'اور', 'میں', 'سے'],
  چلی: ['ملک', 'جمہوریہ', 'اور'],
};
