/** A reader-typed server address as a base URL: `localhost:5000/` → `http://localhost:5000`. */
export function normalizeServerUrl(url: string): string {
  const trimmed = url.trim().replace(/\/+$/, '');
  return /^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
}

/** `host:port` of a URL, or the text itself when it does not parse (a typo must not break the provider list). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
