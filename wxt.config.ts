import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { MANIFEST_ORIGINS } from './src/translate/provider-ids';
import { recogniserVersion } from './scripts/build/recogniser-version';

/** Provider origins are optional: asked for at the moment the reader first chooses that provider. */
const optionalOrigins = [...MANIFEST_ORIGINS];

export default defineConfig({
  hooks: {
    // WXT takes the toolbar button's tooltip from the popup's <title>; the tooltip is localised, the page title is not.
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_actionTitle__';
      // Firefox's sidebar title, in the reader's language like the button's.
      if (manifest.sidebar_action) manifest.sidebar_action.default_title = '__MSG_panelLabel__';
    },
  },
  modules: ['@wxt-dev/module-svelte', '@wxt-dev/webextension-polyfill'],
  // Entities kept on the device name the recogniser that found them (src/entities/recogniser-version.ts).
  vite: () => ({
    define: { __TARJUMA_RECOGNISER__: JSON.stringify(recogniserVersion(fileURLToPath(new URL('.', import.meta.url)))) },
  }),
  srcDir: '.',
  // The e2e build (loopback host permission) lives beside the release builds, never in their place.
  outDirTemplate: process.env.TARJUMA_BUILD === 'e2e' ? '{{browser}}-mv{{manifestVersion}}-e2e' : undefined,
  manifest: ({ manifestVersion, mode }) => {
    const e2e = mode === 'e2e';
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      // WXT adds `sidePanel` to the Chrome manifest for the side panel entry point.
      permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
      // The e2e build may read pages served from the loopback fixture server without a toolbar click.
      ...(e2e ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
      ...(manifestVersion === 3
        ? { optional_host_permissions: optionalOrigins }
        : { optional_permissions: optionalOrigins }),
      commands: {
        _execute_action: {
          suggested_key: { default: 'Alt+Shift+T' },
          description: '__MSG_commandOpen__',
        },
        'translate-selection': {
          suggested_key: { default: 'Alt+Shift+S' },
          description: '__MSG_commandSelection__',
        },
      },
      browser_specific_settings: {
        gecko: {
          id: 'tarjuma@tarjuma.app',
          // 140: the first release that knows `data_collection_permissions`.
          strict_min_version: '140.0',
          // Firefox asks extensions to declare what they transmit: a translator sends page text to the provider the reader chose.
          data_collection_permissions: { required: ['websiteContent'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    };
  },
});
