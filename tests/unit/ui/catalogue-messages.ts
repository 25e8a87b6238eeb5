import en from '../../../public/_locales/en/messages.json';
import ur from '../../../public/_locales/ur/messages.json';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
export const CATALOGUES: Record<'en' | 'ur', Catalogue> = { en, ur };

/** `browser.i18n.getMessage` over one catalogue, with its named placeholders, as the browser resolves them. */
export function messageReader(catalogue: Catalogue) {
  return (key: string, substitutions: string[] = []): string => {
    const entry = catalogue[key];
    if (!entry) return '';
    return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, n: string) => substitutions[Number(n) - 1] ?? '');
    });
  };
}
