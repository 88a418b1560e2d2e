import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { extensionDir } from './paths';

test('the built extension loads and its service worker runs', async ({ worker, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
  // Exactly these: activeTab and scripting read the current tab on the user's click only; host access stays the store's.
  expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'alarms', 'notifications', 'scripting', 'storage']);
  expect(manifest.host_permissions).toEqual(['*://*.mi.com/*', '*://mi.com/*']);
  expect(manifest.optional_permissions ?? []).toEqual([]);
  // The panel's page is the one web-accessible resource: for the store pages only, at a per-session address.
  expect(manifest.web_accessible_resources).toEqual([
    { resources: ['store-panel.html'], matches: ['*://*.mi.com/*', '*://mi.com/*'], use_dynamic_url: true },
  ]);
});

test('no page appends preload links before a dynamic import: the build carries no such helper', () => {
  // Vite's helper appended <link rel=modulepreload> for a lazy chunk's imports, on the page's main thread,
  // before the chunk ran (~7 ms before the popup's rows, when it computes them). wxt.config.ts gives it
  // nothing to preload and replaces it with the bare call.
  const dir = join(extensionDir('chrome-mv3'), 'chunks');
  const chunks = readdirSync(dir).filter((name) => name.endsWith('.js'));
  expect(chunks.length).toBeGreaterThan(10);
  const withHelper = chunks.filter((name) => /modulepreload|vite:preloadError/.test(readFileSync(join(dir, name), 'utf8')));
  expect(withHelper).toEqual([]);
});

test("the popup's first load is its head script and one module, and its lazy chunks share that module's Preact", () => {
  // wxt.config.ts builds the popup on its own: its first render's code is one file, not a chunk and four imports.
  const dir = extensionDir('chrome-mv3');
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="\/([^"]+)"/g)].map((m) => m[1]);
  expect(scripts).toEqual(['popup-prefetch.js', expect.stringMatching(/^chunks\/popup-[\w-]+\.js$/)]);
  expect(html).not.toContain('modulepreload');
  const entry = readFileSync(join(dir, scripts[1] ?? ''), 'utf8');
  expect(entry).not.toMatch(/^import\b|;import\s*\{/);
  // The snooze menu, loaded on first use, renders with hooks: from the entry's Preact, not a second copy.
  const snooze = readdirSync(join(dir, 'chunks')).find((name) => /^snooze-menu-[\w-]+\.js$/.test(name)) ?? '';
  expect(readFileSync(join(dir, 'chunks', snooze), 'utf8')).toContain(`from"./${(scripts[1] ?? '').slice('chunks/'.length)}"`);
});

test('popup.html names the fallback chunk and its imports ahead of its head script, which imports them all on a new day', () => {
  const dir = extensionDir('chrome-mv3');
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const named = /<meta name="repay-fallback" content="([^"]+)" \/><script src="\/popup-prefetch\.js">/.exec(html);
  expect(named).not.toBeNull();
  const files = (named?.[1] ?? '').split(' ').map((address) => address.slice(1));
  // The very chunk the popup imports when it computes from the plans, so both imports are one module.
  const [chunk = ''] = files;
  expect(chunk).toMatch(/^chunks\/from-plans-[\w-]+\.js$/);
  expect(readFileSync(join(dir, chunk), 'utf8')).toContain('snapshotFromPlans');
  const popup = /src="\/(chunks\/popup-[\w-]+\.js)"/.exec(html)?.[1] ?? '';
  expect(readFileSync(join(dir, popup), 'utf8')).toContain(`import("./${chunk.slice('chunks/'.length)}")`);
  // Every chunk it imports, to the last, is either named too (fetched at once, not once the chunk is parsed) or in the page's first load.
  const importsOf = (file: string) =>
    [...readFileSync(join(dir, file), 'utf8').matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)].map((m) => `chunks/${m[1]}`);
  const firstLoad = (file: string) => html.includes(`"/${file}"`);
  const seen = new Set(files);
  for (const file of seen) for (const imported of importsOf(file)) if (!firstLoad(imported)) seen.add(imported);
  expect([...seen].sort()).toEqual([...files].sort());
  expect(files.length).toBeGreaterThan(1);
});
