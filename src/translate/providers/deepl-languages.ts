// DeepL wants a variant for some targets (EN, PT alone are deprecated as targets) and the bare language as source.
const TARGETS: Record<string, string> = {
  en: 'EN-US',
  pt: 'PT-BR',
  zh: 'ZH',
  'zh-hans': 'ZH-HANS',
  'zh-hant': 'ZH-HANT',
};

export function deeplTarget(code: string): string {
  return TARGETS[code.toLowerCase()] ?? code.toUpperCase();
}

/** Undefined for `auto`: DeepL detects the source when `source_lang` is left out. */
export function deeplSource(code: string): string | undefined {
  if (code === 'auto') return undefined;
  return (code.split('-')[0] ?? code).toUpperCase();
}
