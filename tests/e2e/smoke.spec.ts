import { expect, test } from './fixtures';

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
