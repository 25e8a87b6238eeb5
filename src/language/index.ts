export { detectLanguage, guessFromText } from './detect-language';
export type { BrowserDetector, DetectedLanguage, DetectionHints, DetectionSource } from './detect-language';
export { detectBlockLanguage } from './detect-block-language';
export { dirOf } from './text-direction';
export type { TextDirection } from './text-direction';
export { normalizeLanguageCode, sameLanguage } from './normalize-language-code';
export { defaultTargetLanguage } from './default-target-language';
