import { browser } from 'wxt/browser';
import type { Settings } from '../settings/settings-schema';
import type { CloudProviderId } from './provider-ids';
import { descriptorOf } from './providers/registry';

export type AccessGate =
  | { kind: 'consent'; provider: CloudProviderId; destination: string; origins: string[] }
  | { kind: 'permission'; provider: CloudProviderId; destination: string; origins: string[] };

/** The origins text will be sent to with the reader's settings: the configured server, or the vendor's hosts. */
export function originsFor(provider: CloudProviderId, settings: Settings): string[] {
  return descriptorOf(provider).origins(settings.providers[provider]);
}

/** `https://host/*` patterns as the hosts a reader recognises: "translate.googleapis.com". */
export function destinationOf(origins: string[]): string {
  return origins.map((origin) => origin.replace(/^\w+:\/\//, '').replace(/\/\*$/, '')).join(', ');
}

/** Whether the reader agreed to send text to this provider: explicitly, or by typing in their own server's address. */
export function hasConsent(settings: Settings, provider: CloudProviderId): boolean {
  if (settings.consent[provider]) return true;
  const options = settings.providers[provider] as { url?: unknown } | undefined;
  return Boolean(descriptorOf(provider).addressIsConsent && typeof options?.url === 'string' && options.url);
}

/** Whether this provider, with these settings, is a free endpoint used without a key. */
export function isKeyless(provider: CloudProviderId, settings: Settings): boolean {
  return descriptorOf(provider).keyless(settings.providers[provider]);
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
