// Places the region gazetteer lacks and everyday names it spells differently, paired English ↔ Urdu so a place found in
// one language can be found again in the other; the key is shared by both sides.
export interface PairedPlace {
  key: string;
  en: string[];
  ur: string[];
}

// Source: national capitals, ISO 3166-2 subdivisions (Pakistan's provinces and territories, India's states and union
// territories, the Gulf emirates, the Palestinian territories), Pakistan's ten largest cities (2017 census) and the
// conventional regions Middle East and Persian Gulf; Urdu spellings as Urdu news writes them.
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
  // India's states and union territories (ISO 3166-2:IN), which Pakistani and Indian news name often.
  { key: 'IN-AP', en: ['Andhra Pradesh'], ur: ['آندھرا پردیش'] },
  { key: 'IN-AR', en: ['Arunachal Pradesh'], ur: ['اروناچل پردیش'] },
  { key: 'IN-AS', en: ['Assam'], ur: ['آسام'] },
  // بہار is also "spring": Bihar only in English.
  { key: 'IN-BR', en: ['Bihar'], ur: [] },
  { key: 'IN-CT', en: ['Chhattisgarh'], ur: ['چھتیس گڑھ'] },
  { key: 'IN-GA', en: ['Goa'], ur: ['گوا'] },
  { key: 'IN-GJ', en: ['Gujarat'], ur: ['گجرات'] },
  { key: 'IN-HR', en: ['Haryana'], ur: ['ہریانہ'] },
  { key: 'IN-HP', en: ['Himachal Pradesh'], ur: ['ہماچل پردیش'] },
  { key: 'IN-JH', en: ['Jharkhand'], ur: ['جھارکھنڈ'] },
  { key: 'IN-KA', en: ['Karnataka'], ur: ['کرناٹک'] },
  { key: 'IN-KL', en: ['Kerala'], ur: ['کیرالہ', 'کیرلا'] },
  { key: 'IN-MP', en: ['Madhya Pradesh'], ur: ['مدھیہ پردیش'] },
  { key: 'IN-MH', en: ['Maharashtra'], ur: ['مہاراشٹر', 'مہاراشٹرا'] },
  { key: 'IN-MN', en: ['Manipur'], ur: ['منی پور'] },
  { key: 'IN-ML', en: ['Meghalaya'], ur: ['میگھالیہ'] },
  { key: 'IN-MZ', en: ['Mizoram'], ur: ['میزورم'] },
  { key: 'IN-NL', en: ['Nagaland'], ur: ['ناگالینڈ'] },
  { key: 'IN-OR', en: ['Odisha', 'Orissa'], ur: ['اوڈیشہ', 'اڑیسہ'] },
  { key: 'IN-RJ', en: ['Rajasthan'], ur: ['راجستھان'] },
  { key: 'IN-SK', en: ['Sikkim'], ur: ['سکم'] },
  { key: 'IN-TN', en: ['Tamil Nadu'], ur: ['تمل ناڈو'] },
  { key: 'IN-TG', en: ['Telangana'], ur: ['تلنگانہ'] },
  { key: 'IN-TR', en: ['Tripura'], ur: ['تریپورہ'] },
  { key: 'IN-UP', en: ['Uttar Pradesh'], ur: ['اتر پردیش', 'اترپردیش'] },
  { key: 'IN-UT', en: ['Uttarakhand'], ur: ['اتراکھنڈ'] },
  { key: 'IN-WB', en: ['West Bengal'], ur: ['مغربی بنگال'] },
  { key: 'IN-JK', en: ['Jammu and Kashmir'], ur: ['جموں و کشمیر', 'جموں اور کشمیر'] },
  { key: 'IN-LA', en: ['Ladakh'], ur: ['لداخ'] },
  { key: 'IN-PY', en: ['Puducherry', 'Pondicherry'], ur: ['پڈوچیری', 'پانڈیچری', 'پونڈیچری'] },
  { key: 'IN-CH', en: ['Chandigarh'], ur: ['چندی گڑھ'] },
  { key: 'IN-LD', en: ['Lakshadweep'], ur: ['لکشدیپ'] },
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
  مالی: ['ملک', 'جمہوریہ'],
  چلی: ['ملک', 'جمہوریہ', 'اور'],
};
