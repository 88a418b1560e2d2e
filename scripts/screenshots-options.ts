// Screenshots of the options page from the real build, in zh-CN and en, for the README:
//   npm run build (or REPAY_OUT_DIR=… npx wxt build) && npx tsx scripts/screenshots-options.ts
// Plans are added through the options form, as a user would; nothing is written to storage directly.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serviceWorkerOf } from '../tests/e2e/fixtures';
import { addPlanThroughForm, LABELS, monthsFromNow, openOptions } from '../tests/e2e/options-helpers';

const OUT = 'docs/screenshots';
const LOCALES = ['zh-CN', 'en'] as const;

async function shoot(locale: (typeof LOCALES)[number]): Promise<string[]> {
  const profile = mkdtempSync(join(tmpdir(), 'repay-shots-'));
  const context = await launch(profile, locale);
  const files: string[] = [];
  try {
    const worker = await serviceWorkerOf(context);
    const base = `chrome-extension://${new URL(worker.url()).host}/`;
    const page = await openOptions(
      async (path) => {
        const opened = await context.newPage();
        await opened.setViewportSize({ width: 1280, height: 860 });
        await opened.goto(base + path);
        return opened;
      },
      '#plans',
      locale,
    );
    const zh = locale === 'zh-CN';
    const phone = await addPlanThroughForm(
      page,
      {
        title: zh ? '小米 15 Pro' : 'Xiaomi 15 Pro',
        principal: '5999',
        periods: '12',
        feeRate: '0.6',
        firstDue: monthsFromNow(-3, 10),
        autoRepayLabel: zh ? '招行 ****1234' : 'CMB ****1234',
      },
      locale,
    );
    await addPlanThroughForm(
      page,
      {
        title: zh ? 'Redmi Book 笔记本' : 'Redmi Book laptop',
        principal: '4299',
        periods: '6',
        feeRate: '0',
        firstDue: monthsFromNow(1, 18),
      },
      locale,
    );
    await addPlanThroughForm(
      page,
      {
        title: zh ? '小米电视 S Pro' : 'Xiaomi TV S Pro',
        principal: '8999',
        periods: '24',
        feeRate: '0.5',
        firstDue: monthsFromNow(0, 28),
      },
      locale,
    );

    const snap = async (name: string, fullPage = false) => {
      await page.waitForTimeout(150);
      const file = join(OUT, `options-${name}-${locale}.png`);
      await page.screenshot({ path: file, fullPage });
      files.push(file);
    };
    const go = async (hash: string) => {
      await page.goto(page.url().replace(/#.*$/, `#${hash}`));
      await page.locator('main h1').waitFor();
    };
    await go('plans');
    await snap('plans', true);
    await go(`plan/${phone}`);
    await snap('plan');
    await go('new');
    const labels = LABELS[locale];
    await page.getByLabel(labels.title, { exact: true }).fill(zh ? '小米平板 7' : 'Xiaomi Pad 7');
    await page.getByLabel(labels.principal, { exact: true }).fill('1999');
    await page.getByLabel(labels.periods, { exact: true }).fill('6');
    await page.getByLabel(labels.feeRate, { exact: true }).fill('0.75');
    await snap('editor');
    await go('backup');
    await snap('backup');
    await go('help');
    await snap('help', true);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return files;
}

mkdirSync(OUT, { recursive: true });
for (const locale of LOCALES) for (const file of await shoot(locale)) console.log(file);
