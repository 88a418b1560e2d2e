// The JavaScript the options page loads (gzip), measured in real Chromium from the build: what opening
// the page costs, and the calendar export's chunk (the `ics` package), fetched only when it is used.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, serviceWorkerOf } from '../tests/e2e/fixtures';
import { extensionDir } from '../tests/e2e/paths';
import type { BenchRow } from './run';

const gzipKb = (urls: readonly string[]) => {
  const dir = extensionDir('chrome-mv3');
  const bytes = urls.reduce((sum, url) => sum + gzipSync(readFileSync(join(dir, new URL(url).pathname)), { level: 9 }).length, 0);
  return Math.round(bytes / 102.4) / 10;
};

export default async function optionsSizeBench(): Promise<BenchRow[]> {
  const profile = mkdtempSync(join(tmpdir(), 'repay-bench-options-'));
  const context = await launch(profile, 'zh-CN');
  try {
    const worker = await serviceWorkerOf(context);
    const page = await context.newPage();
    const loaded: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.js')) loaded.push(request.url());
    });
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html#backup`);
    await page.locator('main h1').waitFor();
    const initial = [...loaded];
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出日历文件(.ics)' }).click()]);
    const onDemand = loaded.filter((url) => !initial.includes(url));
    return [
      { name: `options JavaScript on open (${initial.length} files, gzip)`, value: gzipKb(initial), unit: 'KB', budget: 60 },
      { name: `options calendar export, loaded on demand (${onDemand.length} files, gzip)`, value: gzipKb(onDemand), unit: 'KB' },
      { name: 'options JavaScript in all, with calendar export (gzip)', value: gzipKb([...initial, ...onDemand]), unit: 'KB' },
    ];
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
