import { browser } from 'wxt/browser';
import { hasConsent, type Settings } from '../../settings/settings-schema';
import { originPatternFor, PROVIDER_ORIGINS } from '../../translate/provider-origins';
import type { CloudProviderId } from '../../translate/provider-ids';

export type AccessGate =
  | { kind: 'consent'; provider: CloudProviderId; destination: string; origins: string[] }
  | { kind: 'permission'; provider: CloudProviderId; destination: string; origins: string[] };

/** The origins text will be sent to: the configured server for self-hosted providers, the vendor's hosts otherwise. */
export function originsFor(provider: CloudProviderId, settings: Settings): string[] {
  if (provider === 'libretranslate' && settings.providers.libretranslate?.url) {
    return [originPatternFor(settings.providers.libretranslate.url)];
  }
  if (provider === 'openai' && settings.providers.openai?.url) return [originPatternFor(settings.providers.openai.url)];
  if (provider === 'google' && settings.providers.google?.url) return [originPatternFor(settings.providers.google.url)];
  if (provider === 'deepl' && settings.providers.deepl?.url) return [originPatternFor(settings.providers.deepl.url)];
  const microsoft = settings.providers.microsoft;
  if (provider === 'microsoft' && (microsoft?.apiUrl || microsoft?.authUrl)) {
    const urls = [microsoft.apiUrl, microsoft.apiKey ? undefined : microsoft.authUrl].filter((u): u is string => !!u);
    return [...new Set(urls.map(originPatternFor))];
  }
  if (provider === 'microsoft' && microsoft?.apiKey) return ['https://api.cognitive.microsofttranslator.com/*'];
  return PROVIDER_ORIGINS[provider].filter((origin) => !origin.includes('*://') && !origin.startsWith('http://*'));
}

export function destinationOf(origins: string[]): string {
  return origins.map((origin) => origin.replace(/^\w+:\/\//, '').replace(/\/\*$/, '')).join(', ');
}

/**
 * What must happen before any text leaves the browser: the reader's consent to this provider (a URL they configured
 * counts), then the browser's host permission for its origins. `undefined` = nothing, go ahead.
 */
export async function accessGate(provider: CloudProviderId, settings: Settings): Promise<AccessGate | undefined> {
  const origins = originsFor(provider, settings);
  const destination = destinationOf(origins);
  if (!hasConsent(settings, provider)) return { kind: 'consent', provider, destination, origins };
  const granted = await browser.permissions.contains({ origins }).catch(() => false);
  return granted ? undefined : { kind: 'permission', provider, destination, origins };
}

/** Must run inside the click handler: browsers only show the permission prompt for a user gesture. */
export function requestOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins }).catch(() => false);
}
