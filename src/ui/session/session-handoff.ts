import { browser } from 'wxt/browser';
import type { Settings } from '../../settings/settings-schema';
import type { SessionSnapshot } from './article-session.svelte';

/**
 * What one surface leaves for the side panel, in `browser.storage.session` (memory only, gone with the browser
 * session; Firefox has it in MV2 since 115): the session of a tab, and the panel's latest request.
 */
export type PanelRequest =
  | { kind: 'read'; tabId: number; at: number }
  | { kind: 'selection'; tabId: number; text: string; url?: string; at: number };

export const REQUEST_KEY = 'tarjuma-panel-request';
/** A request older than this was for a panel that has since closed: a new panel does not act on it. */
const REQUEST_FRESH_MS = 15_000;

export const sessionKey = (tabId: number) => `tarjuma-tab:${tabId}`;

/**
 * Written with one direct call (no await before it) so that a click handler can write, then open the panel in the
 * same gesture: the browser handles the two in order, so the panel finds the data when it starts.
 */
export function leaveSession(snapshot: SessionSnapshot): Promise<void> {
  return browser.storage.session.set({ [sessionKey(snapshot.tab.id)]: snapshot });
}

export async function takeSession(tabId: number): Promise<SessionSnapshot | undefined> {
  const key = sessionKey(tabId);
  const found = await browser.storage.session.get(key);
  return found[key] as SessionSnapshot | undefined;
}

export function forgetSession(tabId: number): Promise<void> {
  return browser.storage.session.remove(sessionKey(tabId));
}

export function leaveRequest(request: PanelRequest): Promise<void> {
  return browser.storage.session.set({ [REQUEST_KEY]: request });
}

export async function freshRequest(now = Date.now()): Promise<PanelRequest | undefined> {
  const found = await browser.storage.session.get(REQUEST_KEY);
  const request = found[REQUEST_KEY] as PanelRequest | undefined;
  return request && now - request.at < REQUEST_FRESH_MS ? request : undefined;
}

/** The same page, whatever its fragment: `#comments` does not make another article. */
export function samePage(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  return a.split('#')[0] === b.split('#')[0];
}

/**
 * The settings a session was translated with, as a string to compare: keys sorted (the browser's storage hands
 * objects back sorted), API keys reduced to whether there is one — the hand-over never holds a secret.
 */
export function settingsFingerprint(settings: Settings): string {
  return JSON.stringify(settings, (key, value: unknown) => {
    if (/apikey/i.test(key) && typeof value === 'string') return value ? 'set' : '';
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
    return Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  });
}
