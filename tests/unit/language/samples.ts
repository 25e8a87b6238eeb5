/** Texts written for these tests (Persian, Arabic, others) and lines of the seed article, so the tests stand alone. */
export const SEED_HEADLINE = 'ایرانی صدر سرکاری دورے پر ماسکوپہنچ گئے';
export const SEED_SUBTITLE = 'دونوں رہنماؤں نے آخری بار 16 اکتوبر کو فون پر بات کی تھی';
export const SEED_DATELINE = 'ماسکو: ایرانی صدر ابراہیم رئیسی جمعرات کو سرکاری دورے پر ماسکو پہنچ گئے۔';

export const PERSIAN_PARAGRAPH =
  'رئیس‌جمهور ایران روز پنجشنبه برای یک سفر رسمی وارد مسکو شد. او در این سفر با ولادیمیر پوتین، رئیس‌جمهور روسیه، ' +
  'درباره روابط اقتصادی و جنگ غزه گفتگو خواهد کرد. سخنگوی کرملین گفت که دو رهبر بیانیه‌ای به مطبوعات نخواهند داد.';
export const PERSIAN_HEADLINES = [
  'رئیس‌جمهور ایران برای سفر رسمی وارد مسکو شد',
  'سفر رئیسی به مسکو',
  'پوتین از رئیسی استقبال کرد',
];
/** Persian as older sites type it, with Arabic ي and ك. */
export const PERSIAN_ARABIC_KEYBOARD = 'رئيس‌جمهور ايران براي يك سفر رسمي وارد مسكو شد و با پوتين گفتگو كرد';

export const ARABIC_PARAGRAPH =
  'وصل الرئيس الإيراني إبراهيم رئيسي يوم الخميس إلى موسكو في زيارة رسمية، حيث التقى بالرئيس الروسي فلاديمير بوتين. ' +
  'ومن المتوقع أن يناقش الزعيمان العلاقات الاقتصادية والحرب في غزة. وقال المتحدث باسم الكرملين إن الرئيسين لن ' +
  'يدليا بأي تصريحات للصحافة.';
export const ARABIC_HEADLINES = ['الرئيس الإيراني يصل إلى موسكو في زيارة رسمية', 'بوتين يستقبل رئيسي في الكرملين'];

/** Urdu typed on an Arabic keyboard: ك for ک and ي for ی. */
export const URDU_ARABIC_KEYBOARD = [
  'ايراني صدر سركاري دورے پر ماسكوپہنچ گئے',
  'روسي صدر نے كہا كہ ہماري ملاقات يقيني طور پر بروقت ہے',
];

export const OTHERS: [string, string][] = [
  ['en', 'The Iranian president arrived in Moscow on Thursday for an official visit to discuss the war in Gaza.'],
  ['de', 'Der iranische Präsident ist am Donnerstag zu einem offiziellen Besuch in Moskau eingetroffen.'],
  ['fr', 'Le président iranien est arrivé jeudi à Moscou pour une visite officielle consacrée à la guerre à Gaza.'],
  ['zh', '伊朗总统周四抵达莫斯科进行正式访问，两国领导人讨论了经济关系和加沙战争。'],
  ['zh-Hant', '伊朗總統週四抵達莫斯科進行正式訪問，兩國領導人討論了經濟關係和加沙戰爭。'],
  ['ru', 'Президент Ирана прибыл в Москву с официальным визитом и обсудил с Путиным войну в Газе.'],
  ['hi', 'ईरान के राष्ट्रपति गुरुवार को आधिकारिक यात्रा पर मास्को पहुंचे और पुतिन से मुलाकात की।'],
  ['ja', 'イランの大統領は木曜日に公式訪問のためモスクワに到着した。'],
  ['ko', '이란 대통령이 목요일 공식 방문을 위해 모스크바에 도착했다.'],
  ['he', 'נשיא איראן הגיע ביום חמישי למוסקבה לביקור רשמי.'],
];
