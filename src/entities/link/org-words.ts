import { normalizeUrdu } from '../ur/normalize-urdu';

// Words organisation names translate rather than transliterate (Organisation ↔ تنظیم, Ministry ↔ وزارت), English ↔ Urdu.
// Transliterated words (Shanghai ↔ شنگھائی, Meraj ↔ معراج, Bank ↔ بینک) need no entry: their consonant skeletons meet.
// Source: the standard Urdu translations of the generic words of English organisation names (ministries, funds, courts…).
// prettier-ignore
const PAIRS: [string[], string[]][] = [
  [['organisation', 'organization'], ['تنظیم', 'ادارہ']],
  [['cooperation', 'co-operation'], ['تعاون']],
  [['airlines', 'airline', 'airways'], ['ایئرویز', 'ائیرویز', 'ایئرلائنز', 'ائیرلائنز', 'ایئرلائن', 'ایئر']],
  [['international', 'global', 'world'], ['عالمی', 'بین الاقوامی']],
  [['monetary', 'financial'], ['مالیاتی']],
  [['fund'], ['فنڈ']],
  [['ministry'], ['وزارت']],
  [['finance'], ['خزانہ']],
  [['foreign'], ['خارجہ']],
  [['interior'], ['داخلہ']],
  [['defence', 'defense'], ['دفاع']],
  [['information'], ['اطلاعات']],
  [['economic'], ['اقتصادی', 'معاشی']],
  [['corridor'], ['راہداری']],
  [['development'], ['ترقیاتی']],
  [['asian'], ['ایشیائی']],
  [['health'], ['صحت']],
  [['united'], ['متحدہ']],
  [['nations'], ['اقوام']],
  [['national'], ['قومی']],
  [['assembly'], ['اسمبلی']],
  [['supreme'], ['سپریم', 'عظمی']],
  [['court'], ['کورٹ', 'عدالت']],
  [['election'], ['الیکشن', 'انتخابی']],
  [['news'], ['نیوز', 'خبر']],
  [['agency'], ['ایجنسی', 'ادارہ']],
  [['statistics'], ['شماریات']],
  [['bureau'], ['بیورو', 'ادارہ']],
  [['european'], ['یورپی']],
  [['pakistan'], ['پاکستان', 'پاک']],
  [['china'], ['چین']],
  [['army'], ['فوج']],
  [['of'], ['آف']],
];

/** English word → the Urdu words (normalised) it is translated as in organisation names, and the reverse. */
export const ORG_WORD_PAIRS = new Map<string, Set<string>>();
for (const [english, urdu] of PAIRS) {
  const targets = urdu.map(normalizeUrdu);
  for (const word of english) ORG_WORD_PAIRS.set(word, new Set(targets));
  for (const word of targets) ORG_WORD_PAIRS.set(word, new Set([...(ORG_WORD_PAIRS.get(word) ?? []), ...english]));
}
