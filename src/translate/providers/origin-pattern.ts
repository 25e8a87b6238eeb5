import { normalizeServerUrl } from './server-url';

/**
 * `https://lt.example.org:5000/translate` → `https://lt.example.org/*`, what `permissions.request` wants (match
 * patterns carry no port: the pattern covers every port of the host). A typed address without a scheme is http.
 */
export function originPatternFor(url: string): string {
  const u = new URL(normalizeServerUrl(url));
  return `${u.protocol}//${u.hostname}/*`;
}
