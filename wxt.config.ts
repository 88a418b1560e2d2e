import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { XIAOMI_MATCHES } from './lib/store-site/mi';

/**
 * Vite's dynamic-import helper exists to append <link rel=modulepreload> for a chunk's dependencies
 * before importing it. It is given none (resolveDependencies below), so what remains of it is a call
 * through: this is that call, without the ~0.3 KB gzip of link-appending code every page would load.
 */
const directDynamicImports = (): Plugin => ({
  name: 'repay:direct-dynamic-imports',
  enforce: 'pre',
  load: (id) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : undefined),
});

/**
 * The popup's fallback chunk (computing from the plans) and every chunk it imports that popup.html does
 * not already load, by their built addresses, in popup.html ahead of the head script: on a new day the
 * script imports them all at once, so their code loads beside the storage read instead of after the
 * page's modules, and without a waterfall (the chunk, then its imports once it is parsed: 25–60 ms more
 * before the rows). A dynamic import's addresses are known only once built.
 */
const popupFallbackAddress = (): Plugin => ({
  name: 'repay:popup-fallback-address',
  transformIndexHtml: {
    order: 'post',
    handler(html, context) {
      if (!context.filename.endsWith('/popup/index.html')) return html;
      const bundle = context.bundle ?? {};
      const chunk = Object.values(bundle).find(
        (output) => output.type === 'chunk' && output.moduleIds.some((id) => id.endsWith('/components/popup/from-plans.ts')),
      );
      if (chunk?.type !== 'chunk') return html;
      const files = new Set([chunk.fileName]);
      for (const file of files) {
        const output = bundle[file];
        for (const imported of output?.type === 'chunk' ? output.imports : []) if (!html.includes(`/${imported}"`)) files.add(imported);
      }
      const head = '<script src="/popup-prefetch.js"></script>';
      const content = [...files].map((file) => `/${file}`).join(' ');
      return html.replace(head, `<meta name="repay-fallback" content="${content}" />${head}`);
    },
  },
});

export default defineConfig({
  imports: false,
  hooks: {
    // The popup gets a Vite build of its own (WXT builds all pages in one): with no other page to share chunks
    // with, everything its first render imports is in its entry chunk, one file instead of five, and its lazy
    // chunks import from that file, so no module (Preact above all) is loaded twice. Its rows came 15–25 ms
    // sooner in the bench (warm, 200 plans, from the agenda: 1.01× the floor, from 1.18–1.34×), its first
    // load lost the chunks' import and export names (~1.3 KB gzip), and the options page's chunks, no longer
    // cut to share with the popup, went from 13 files to 5.
    'entrypoints:grouped': (_wxt, groups) => {
      for (const [at, group] of groups.entries()) {
        // A page alone in its group is built on its own already.
        if (!Array.isArray(group) || group.length === 1) continue;
        const popup = group.find((entry) => entry.type === 'popup');
        if (!popup) continue;
        groups[at] = group.filter((entry) => entry !== popup);
        groups.push([popup]);
        return;
      }
    },
  },
  outDir: process.env.REPAY_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Extension pages load their chunks from the package itself: the modulepreload polyfill is dead weight,
  // and so are the <link rel=modulepreload> Vite's helper appends before a dynamic import (appending them
  // cost the popup's fallback ~7 ms of main thread before its rows). The pages' HTML keeps its preloads.
  vite: () => ({
    plugins: [preact(), directDynamicImports(), popupFallbackAddress()],
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
