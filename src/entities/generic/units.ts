// Units that belong to a quantity's span: "8.5 percent", "188 runs", "۱۸۸ رنز", "100 بیسس پوائنٹس".
// Source: SI and imperial units, the trade units of oil and power, money (the region's currencies, basis points), and the
// scoring units of cricket, football and elections; Urdu as Urdu news writes them.

/** English units as pattern pieces (plural s optional), longest first where one is a prefix of another. */
// prettier-ignore
export const ENGLISH_UNITS = [
  'per ?cent', 'percent', '%', 'percentage points?', 'basis points?', 'bps', 'rupees?', 'dollars?', 'euros?', 'pounds?',
  'riyals?', 'dirhams?', 'yuan', 'yen', 'km', 'kilomet(?:re|er)s?', 'square kilomet(?:re|er)s?', 'met(?:re|er)s?',
  'miles?', 'feet', 'acres?', 'hectares?', 'tonnes?', 'tons?', 'kilograms?', 'kg', 'litres?', 'liters?', 'gallons?',
  'barrels?', 'megawatts?', 'gigawatts?', 'MW', 'GW', 'kWh', 'degrees?', 'runs?', 'wickets?', 'overs', 'goals?',
  'points?', 'seats?', 'votes?',
];

/** Urdu units, written as people write them (normalised where used). */
// prettier-ignore
export const URDU_UNITS = [
  'فیصد', 'روپے', 'روپیہ', 'ڈالر', 'یورو', 'درہم', 'ریال', 'یوآن', 'کلومیٹر', 'میٹر', 'مربع کلومیٹر', 'ایکڑ', 'میگاواٹ',
  'گیگاواٹ', 'ٹن', 'کلوگرام', 'کلو', 'لیٹر', 'بیرل', 'ڈگری', 'بیسس پوائنٹس', 'بیسس پوائنٹ', 'پوائنٹس', 'رنز', 'رن',
  'وکٹیں', 'وکٹوں', 'وکٹ', 'اوورز', 'اوور', 'گول', 'نشستیں', 'نشستوں', 'ووٹ', 'ووٹوں',
];
