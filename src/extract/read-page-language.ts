/** The language the page's markup claims: `<html lang>`, then og:locale, then JSON-LD `inLanguage`. Only a hint. */
export function readMarkupLanguage(doc: Document): string | undefined {
  const htmlLang = doc.documentElement.getAttribute('lang')?.trim();
  if (htmlLang) return htmlLang;
  const ogLocale = doc.querySelector('meta[property="og:locale"]')?.getAttribute('content')?.trim();
  if (ogLocale) return ogLocale.replace('_', '-');
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 5)) {
    const match = /"inLanguage"\s*:\s*"([A-Za-z-_]{2,12})"/.exec(script.textContent ?? '');
    if (match?.[1]) return match[1];
  }
  return undefined;
}

export function readMarkupDirection(doc: Document): 'rtl' | 'ltr' | undefined {
  const dir = (doc.documentElement.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  return dir === 'rtl' || dir === 'ltr' ? dir : undefined;
}
