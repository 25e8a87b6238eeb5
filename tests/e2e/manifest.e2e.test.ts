import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_ORIGINS } from '../../src/translate/provider-ids';

/**
 * The release manifests ask for no more than the README promises: a toolbar click (activeTab) grants access to one
 * page; provider hosts are optional and asked for when the reader picks that provider. Build first: `npm run build`.
 */
const OUTPUT = resolve(import.meta.dirname, '../../.output');
const CHROME = resolve(OUTPUT, 'chrome-mv3/manifest.json');
const FIREFOX = resolve(OUTPUT, 'firefox-mv2/manifest.json');
const CHROME_E2E = resolve(OUTPUT, 'chrome-mv3-e2e/manifest.json');

const DOCUMENTED_PERMISSIONS = ['activeTab', 'scripting', 'storage', 'contextMenus'];
/** Chrome's side panel needs its own permission; Firefox's sidebar needs none. */
const CHROME_PERMISSIONS = [...DOCUMENTED_PERMISSIONS, 'sidePanel'];
const PROVIDER_PATTERNS = new Set(MANIFEST_ORIGINS);
const BROAD = /<all_urls>|^\*:\/\/\*\/\*$/;

type Manifest = Record<string, unknown> & { manifest_version: number };
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Manifest;
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

function checkRelease(manifest: Manifest, documented: string[]) {
  const permissions = list(manifest.permissions);
  // Exactly these: MV2 mixes host patterns into `permissions`, and none may be there.
  expect([...permissions].sort()).toEqual([...documented].sort());
  expect(manifest).not.toHaveProperty('host_permissions');
  expect(manifest).not.toHaveProperty('content_scripts');
  expect(JSON.stringify(permissions)).not.toMatch(/<all_urls>|:\/\//);
  const optional = [...list(manifest.optional_host_permissions), ...list(manifest.optional_permissions)];
  expect(optional.length).toBeGreaterThan(0);
  expect(optional.filter((origin) => !PROVIDER_PATTERNS.has(origin))).toEqual([]);
  expect(optional.filter((origin) => BROAD.test(origin))).toEqual([]);
  // Nothing injected into every page, and no page of the extension reachable from any site.
  expect(manifest).not.toHaveProperty('web_accessible_resources');
  expect(manifest).not.toHaveProperty('externally_connectable');
  const csp = JSON.stringify(manifest.content_security_policy ?? '');
  expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:\/\/\*/);
}

describe.skipIf(!existsSync(CHROME))('the Chrome release manifest (.output/chrome-mv3)', () => {
  it('asks only for the documented permissions; provider hosts are optional', () => {
    const manifest = read(CHROME);
    expect(manifest.manifest_version).toBe(3);
    checkRelease(manifest, CHROME_PERMISSIONS);
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest).not.toHaveProperty('optional_permissions');
    expect(list(manifest.optional_host_permissions).sort()).toEqual([...PROVIDER_PATTERNS].sort());
  });
});

describe.skipIf(!existsSync(FIREFOX))('the Firefox release manifest (.output/firefox-mv2)', () => {
  it('asks only for the documented permissions; provider hosts are optional', () => {
    const manifest = read(FIREFOX);
    expect(manifest.manifest_version).toBe(2);
    checkRelease(manifest, DOCUMENTED_PERMISSIONS);
    expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
    expect(list(manifest.optional_permissions).sort()).toEqual([...PROVIDER_PATTERNS].sort());
  });
});

describe.skipIf(!existsSync(CHROME) || !existsSync(CHROME_E2E))('the e2e build', () => {
  it('differs from the release build only by the loopback host permission', () => {
    const release = read(CHROME);
    const e2e = read(CHROME_E2E);
    expect(e2e.host_permissions).toEqual(['http://127.0.0.1/*']);
    const { host_permissions: _loopback, ...rest } = e2e;
    expect(rest).toEqual(release);
  });
});
