import type { ProviderId } from './provider-ids';

/**
 * Origins each cloud provider is reached at. They are optional host permissions, asked for when the reader first
 * chooses the provider. LibreTranslate and OpenAI-compatible servers live wherever the reader says: their origin is
 * derived from the configured URL at that moment (see `originPatternFor`).
 */
export const PROVIDER_ORIGINS: Record<Exclude<ProviderId, 'auto' | 'chrome-builtin'>, string[]> = {
  google: ['https://translate.googleapis.com/*'],
  microsoft: [
    'https://edge.microsoft.com/*',
    'https://api-edge.cognitive.microsofttranslator.com/*',
    'https://api.cognitive.microsofttranslator.com/*',
  ],
  deepl: ['https://api-free.deepl.com/*', 'https://api.deepl.com/*'],
  // A self-hosted server or a local model can sit on any host: the exact origin is requested at run time.
  libretranslate: ['http://*/*', 'https://*/*'],
  openai: ['http://*/*', 'https://*/*'],
};

/**
 * `https://lt.example.org:5000/translate` → `https://lt.example.org/*`, what `permissions.request` wants
 * (match patterns carry no port: the pattern covers every port of the host).
 */
export function originPatternFor(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}
