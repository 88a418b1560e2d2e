import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { XIAOMI_MATCHES } from './lib/store-site/mi';

export default defineConfig({
  imports: false,
  outDir: process.env.REPAY_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Extension pages load their chunks from the package itself; the modulepreload polyfill is dead weight.
  vite: () => ({
    plugins: [preact()],
    // Compiled JSX calls lib/jsx/jsx-runtime.ts: Preact's createElement, without its runtime module.
    resolve: { alias: { 'preact/jsx-runtime': fileURLToPath(new URL('./lib/jsx/jsx-runtime.ts', import.meta.url)) } },
    build: {
      modulePreload: { polyfill: false, resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
      minify: 'terser',
      terserOptions: { module: true, compress: { passes: 2 }, format: { comments: false } },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // activeTab + scripting: the popup's "read this page" reads the current tab on the user's click only (no install warning).
    permissions: ['storage', 'alarms', 'notifications', 'activeTab', 'scripting'],
    // Host access exactly where the store content script runs (the Xiaomi adapter's pages); none is asked for later.
    host_permissions: XIAOMI_MATCHES,
    // The store panel's frame: loadable by the store pages only. A dynamic URL (Chrome) changes every
    // session, so no page can probe for the extension by loading it. Firefox's MV2 takes the list only
    // (its moz-extension address is already random per install).
    web_accessible_resources: [
      { resources: ['store-panel.html'], matches: XIAOMI_MATCHES, ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'repay-helper@repayhelper.app',
              // The first releases that understand data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
