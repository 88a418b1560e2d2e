// Screenshots of the popup from the real build, in zh-CN and en, for the README:
//   npm run build && npx tsx scripts/screenshots-popup.ts   (REPAY_OUT_DIR picks another build, as for the e2e tests)
// Plans are seeded through the service worker, as the background would store them.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serviceWorkerOf } from '../tests/e2e/fixtures';
import { seed, seedPlan, shanghaiDate } from '../tests/e2e/seed';

const OUT = 'docs/screenshots';

/** One plan in each of the popup's sections: a debit to confirm, late, today, this week, the next 30 days. */
function plans(zh: boolean) {
  return [
    seedPlan({
      id: 'phone',
      title: zh ? '小米 15 Pro' : 'Xiaomi 15 Pro',
      firstDueDate: shanghaiDate(-1),
      autoRepay: true,
      paymentMethod: { kind: 'bank-card', label: zh ? '招行 ****1234' : 'CMB ****1234' },
    }),
    seedPlan({
      id: 'watch',
      title: zh ? '小米手表' : 'Xiaomi Watch',
      principal: 99_900,
      periods: 6,
      firstDueDate: shanghaiDate(-4),
      graceDays: 0,
      autoRepay: false,
    }),
    seedPlan({
      id: 'laptop',
      title: zh ? 'Redmi Book 笔记本' : 'Redmi Book laptop',
      principal: 429_900,
      periods: 6,
      rate: 0.0075,
      firstDueDate: shanghaiDate(0),
      autoRepay: false,
    }),
    seedPlan({
      id: 'huabei',
      lender: { kind: 'huabei', name: '' },
      title: zh ? '空气净化器' : 'Air purifier',
      principal: 89_900,
      periods: 3,
      method: 'interest-free',
      rate: 0,
      firstDueDate: shanghaiDate(2),
      autoRepay: true,
      paymentMethod: { kind: 'alipay', label: zh ? '余额宝' : 'Yu’E Bao' },
    }),
    seedPlan({
      id: 'card',
      lender: { kind: 'card', name: zh ? '招商银行信用卡' : 'CMB credit card' },
      title: zh ? '电视分期' : 'TV installments',
      principal: 359_900,
      periods: 24,
      method: 'annuity',
      rate: 0.1,
      firstDueDate: shanghaiDate(12),
      autoRepay: false,
      repayUrl: '',
    }),
  ];
}

for (const locale of ['zh-CN', 'en'] as const) {
  const profile = mkdtempSync(join(tmpdir(), 'repay-shots-popup-'));
  const context = await launch(profile, locale);
  try {
    const worker = await serviceWorkerOf(context);
    const page = await context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
    await page.getByRole('button', { name: locale === 'zh-CN' ? '添加第一笔分期' : 'Add your first plan' }).waitFor();
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, `popup-empty-${locale}.png`) });
    await seed(worker, { plans: plans(locale === 'zh-CN') });
    await page.locator('.row').first().waitFor();
    // The popup scrolls its list within 580 px; here it is shown whole, so every section is in the picture.
    await page.addStyleTag({ content: '.popup { max-height: none; }' });
    await page.screenshot({ path: join(OUT, `popup-${locale}.png`), fullPage: true });
    // The same in the dark, as the system setting asks.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(OUT, `popup-dark-${locale}.png`), fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
    // "No debit" on the auto-repay row: the failed-debit help.
    await page.locator('.row__question .btn').nth(1).click();
    await page.locator('.late-help').waitFor();
    await page.screenshot({ path: join(OUT, `popup-debit-failed-${locale}.png`), fullPage: true });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
console.log(`popup screenshots written to ${OUT}/`);
