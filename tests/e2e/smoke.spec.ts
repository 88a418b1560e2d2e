import { expect, test } from './fixtures';

test('the built extension loads and its service worker runs', async ({ worker, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.permissions).toEqual(['storage', 'alarms', 'notifications']);
});
