// Source: the cardinal and scale words of English and Urdu grammar (lakh and crore as South-Asian English uses them).
/** English cardinal words and their values; "hundreds"/"dozens" are vague and deliberately absent. */
export const ENGLISH_NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

export const ENGLISH_SCALES: Record<string, number> = {
  thousand: 1e3,
  lakh: 1e5,
  million: 1e6,
  crore: 1e7,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  mn: 1e6,
};

/** Urdu cardinals (normalised spelling). ایک and دو are left out on purpose: they mostly mean "a" and "the two". */
export const URDU_NUMBER_WORDS: Record<string, number> = {
  تین: 3,
  چار: 4,
  پانچ: 5,
  چھ: 6,
  سات: 7,
  آٹھ: 8,
  دس: 10,
  گیارہ: 11,
  بارہ: 12,
  پندرہ: 15,
  بیس: 20,
  پچیس: 25,
  تیس: 30,
  چالیس: 40,
  پچاس: 50,
  ساٹھ: 60,
  ستر: 70,
  نوے: 90,
  سو: 100,
};

export const URDU_SMALL_NUMBER_WORDS: Record<string, number> = { ایک: 1, دو: 2, نو: 9 };

export const URDU_SCALES: Record<string, number> = {
  ہزار: 1e3,
  لاکھ: 1e5,
  ملین: 1e6,
  کروڑ: 1e7,
  ارب: 1e9,
  بلین: 1e9,
  کھرب: 1e11,
  ٹریلین: 1e12,
};

/** Value of a run of ASCII, Urdu (۰–۹) or Arabic-Indic (٠–٩) digits with , or ٬ separators and . or ٫ decimals. */
export function parseDigits(text: string): number | null {
  const ascii = text
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[,٬]/g, '')
    .replace(/٫/g, '.');
  const match = /\d+(?:\.\d+)?/.exec(ascii);
  return match ? Number(match[0]) : null;
}

/** Value of an English or Urdu quantity expression ("3.5 billion", "six", "1,200 rupees", "2 ارب", "چھ"). */
export function quantityValue(text: string): number | null {
  const words = text.toLowerCase().split(/[\s-]+/);
  let value = parseDigits(text);
  if (value === null) {
    for (const word of words) {
      const small = ENGLISH_NUMBER_WORDS[word] ?? URDU_NUMBER_WORDS[word] ?? URDU_SMALL_NUMBER_WORDS[word];
      if (small !== undefined) value = value === null ? small : small === 100 ? value * 100 : value + small;
    }
  }
  if (value === null) return null;
  for (const word of words) value *= ENGLISH_SCALES[word] ?? URDU_SCALES[word] ?? 1;
  return value;
}
