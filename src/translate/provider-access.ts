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

const contains = (origins: string[]) => browser.permissions.contains({ origins }).catch(() => false);

/** Answers of `permissions.contains` asked ahead, by origins: each is used once by `accessGate`, and only while fresh. */
const ahead = new Map<string, { at: number; granted: Promise<boolean> }>();
const AHEAD_FRESH_MS = 10_000;

/**
 * Asks the browser now whether Tarjuma may reach these providers (those the reader agreed to), so that `accessGate`
 * finds the answer ready once the article is read: the question is a round trip into the browser, slow while a page
 * starts.
 */
export function checkAccessAhead(providers: readonly CloudProviderId[], settings: Settings, now = Date.now()): void {
  for (const provider of providers) {
    if (!hasConsent(settings, provider)) continue;
    const origins = originsFor(provider, settings);
    ahead.set(origins.join(' '), { at: now, granted: contains(origins) });
  }
}

/**
 * What must happen before any text leaves the browser: the reader's consent to this provider (a URL they configured
 * counts), then the browser's host permission for its origins. `undefined` = nothing, go ahead.
 */
export async function accessGate(
  provider: CloudProviderId,
  settings: Settings,
  now = Date.now(),
): Promise<AccessGate | undefined> {
  const origins = originsFor(provider, settings);
  const destination = destinationOf(origins);
  if (!hasConsent(settings, provider)) return { kind: 'consent', provider, destination, origins };
  const key = origins.join(' ');
  const early = ahead.get(key);
  ahead.delete(key);
  const granted = await (early && now - early.at < AHEAD_FRESH_MS ? early.granted : contains(origins));
  return granted ? undefined : { kind: 'permission', provider, destination, origins };
}

/** Must run inside the click handler: browsers only show the permission prompt for a user gesture. */
export function requestOrigins(origins: string[]): Promise<boolean> {
  // An answer asked before this grant may be out of date.
  ahead.clear();
  return browser.permissions.request({ origins }).catch(() => false);
}
