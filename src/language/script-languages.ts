import type { ScriptCode } from './detect-script';

/** Scripts that, in news text, mean one language: no statistics needed. */
export const SINGLE_LANGUAGE_SCRIPTS: Partial<Record<ScriptCode, string>> = {
  Grek: 'el',
  Armn: 'hy',
  Hebr: 'he',
  Thaa: 'dv',
  Beng: 'bn',
  Guru: 'pa',
  Gujr: 'gu',
  Orya: 'or',
  Taml: 'ta',
  Telu: 'te',
  Knda: 'kn',
  Mlym: 'ml',
  Sinh: 'si',
  Thai: 'th',
  Laoo: 'lo',
  Tibt: 'bo',
  Mymr: 'my',
  Geor: 'ka',
  Hang: 'ko',
  Ethi: 'am',
  Khmr: 'km',
  Kana: 'ja',
  Jpan: 'ja',
};

// Characters frequent in news whose Simplified and Traditional forms differ: 这/這, 国/國, 说/說, 们/們 …
const SIMPLIFIED = '这国说们来时会对为个学发经与后过还进没开关问东车长门见从现实么';
const TRADITIONAL = '這國說們來時會對為個學發經與後過還進沒開關問東車長門見從現實麼';

/** Chinese is one language with two written standards that providers treat as two targets. */
export function chineseVariant(text: string): 'zh' | 'zh-Hant' {
  let simplified = 0;
  let traditional = 0;
  for (const char of text.slice(0, 5000)) {
    if (SIMPLIFIED.includes(char)) simplified++;
    else if (TRADITIONAL.includes(char)) traditional++;
  }
  return traditional > simplified ? 'zh-Hant' : 'zh';
}
