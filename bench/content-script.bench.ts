// The store content script's cost to the page: a Xiaomi bill page (tests/fixtures/store/bill-divs.html)
// with a countdown next to 本期应还 that rewrites itself 100 times a second, served once at a store address
// (the content script runs) and once at an address it does not match (the floor: the page's own script
// time). Script time is CDP Performance.getMetrics ScriptDuration of the page's renderer, all worlds.
import type { BrowserContext } from '@playwright/test';
import { fixtureHtml } from '../tests/e2e/store-helpers';
import { type BenchRow, gzipKb, median, openSession } from './helpers';

const RUNS = 5;
const STORE_URL = 'https://jr.mi.com/installment/bill';
const PLAIN_URL = 'https://bench.invalid/installment/bill';
/** After load, before the window: the content script's first scan and panel are done by then. */
const SETTLE_MS = 1000;
const WINDOW_MS = 3000;

const COUNTDOWN = `<div class="countdown">还款倒计时 <span id="countdown">23:59:59.99</span></div>`;
const TICKING = `<script>
  const countdown = document.getElementById('countdown');
  const end = Date.now() + 86400000;
  setInterval(() => { countdown.textContent = new Date(end - Date.now()).toISOString().slice(11, 22); }, 10);
</script>`;

function countdownPage(): string {
  const html = fixtureHtml('bill-divs.html');
  const caption = html.indexOf('<div class="due">');
  if (caption < 0) throw new Error('bill-divs.html changed: no <div class="due"> after 本期应还');
  return `${html.slice(0, caption)}${COUNTDOWN}\n    ${html.slice(caption)}`.replace('</body>', `${TICKING}\n</body>`);
}

/** Script time (ms) from navigation to the end of the settle time, and over the window after it. */
async function scriptTime(context: BrowserContext, url: string): Promise<{ startup: number; window: number }> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const script = async () =>
      ((await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? Number.NaN) * 1000;
    await page.goto(url);
    await page.waitForTimeout(SETTLE_MS);
    const startup = await script();
    await page.waitForTimeout(WINDOW_MS);
    return { startup, window: (await script()) - startup };
  } finally {
    await page.close();
  }
}

export default async function contentScriptBench(): Promise<BenchRow[]> {
  const html = countdownPage();
  const session = await openSession();
  try {
    await session.context.route(/^https?:/, (route) =>
      [STORE_URL, PLAIN_URL].includes(route.request().url())
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.fulfill({ status: 204, body: '' }),
    );
    const withExtension: Array<{ startup: number; window: number }> = [];
    const without: Array<{ startup: number; window: number }> = [];
    for (let run = 0; run < RUNS; run++) {
      withExtension.push(await scriptTime(session.context, STORE_URL));
      without.push(await scriptTime(session.context, PLAIN_URL));
    }
    return [
      {
        name: `content script: page script time, 100×/s countdown, ${WINDOW_MS / 1000} s (floor: same page, no content script)`,
        value: median(withExtension.map((m) => m.window)),
        floor: median(without.map((m) => m.window)),
        unit: 'ms',
        budget: { ratio: 2 },
      },
      {
        name: `content script: page script time, first ${SETTLE_MS / 1000} s after navigation`,
        value: median(withExtension.map((m) => m.startup)),
        floor: median(without.map((m) => m.startup)),
        unit: 'ms',
      },
      {
        name: 'content script size (content-scripts/store.js, gzip)',
        value: gzipKb(['content-scripts/store.js']),
        unit: 'KB',
        budget: { max: 15 },
      },
    ];
  } finally {
    await session.close();
  }
}
