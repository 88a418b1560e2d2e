import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { violations } from './axe';
import { expect, test } from './fixtures';
import { openOptions } from './options-helpers';
import { seed, seedPlan, shanghaiDate, storedPlans } from './seed';

// Everyday use of the options page, as a new user met it (issue 12, items 10–13, 17 and 19).

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Each figure of the summary strip: its own box, its cell's box, and whether its text spills out. */
async function stripFigures(page: Page) {
  return page.locator('.portfolio > div').evaluateAll((cells) =>
    cells.map((cell) => {
      const box = (element: Element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return { x, y, width, height };
      };
      const dd = cell.querySelector('dd') as HTMLElement;
      const dt = cell.querySelector('dt') as HTMLElement;
      return { cell: box(cell), dd: box(dd), dt: box(dt), text: dd.textContent, spills: dd.scrollWidth > dd.clientWidth + 1 };
    }),
  );
}

test('the summary strip keeps ¥117,953,910.51 inside its cell at every width, the cells never overlapping', async ({
  openPage,
  worker,
}) => {
  // ¥107,953,910.51 due tomorrow and ¥10,000,000.00 five days late: ¥117,953,910.51 left in all.
  await seed(worker, {
    plans: [
      seedPlan({
        id: 'big',
        title: '大额',
        method: 'interest-free',
        rate: 0,
        periods: 1,
        principal: 10_795_391_051,
        firstDueDate: shanghaiDate(1),
      }),
      seedPlan({
        id: 'late',
        title: '逾期',
        method: 'interest-free',
        rate: 0,
        periods: 1,
        principal: 1_000_000_000,
        firstDueDate: shanghaiDate(-5),
      }),
    ],
  });
  const page = await openOptions(openPage, '#plans');
  await expect(page.locator('[data-figure="portfolio-left"]')).toHaveText('¥117,953,910.51');
  for (const width of [1280, 900, 640, 420, 320]) {
    await page.setViewportSize({ width, height: 900 });
    const figures = await stripFigures(page);
    expect(figures).toHaveLength(4);
    for (const [index, figure] of figures.entries()) {
      expect(figure.spills, `${width}px: ${figure.text} spills out of its box`).toBe(false);
      expect(figure.dd.x + figure.dd.width, `${width}px: ${figure.text} passes its cell's right edge`).toBeLessThanOrEqual(
        figure.cell.x + figure.cell.width + 0.5,
      );
      for (const other of figures.slice(index + 1)) {
        expect(overlaps(figure.cell, other.cell), `${width}px: ${figure.text} overlaps ${other.text}`).toBe(false);
        expect(overlaps(figure.dd, other.dd) || overlaps(figure.dd, other.dt), `${width}px: ${figure.text} touches ${other.text}`).toBe(
          false,
        );
      }
    }
  }
  // At a desktop width the big figure stays on one line: the strip wraps its cells, not the number.
  await page.setViewportSize({ width: 1280, height: 900 });
  const left = page.locator('[data-figure="portfolio-left"]');
  const lineHeight = await left.evaluate((dd) => Number.parseFloat(getComputedStyle(dd).lineHeight) || 24);
  expect((await left.boundingBox())?.height ?? 0).toBeLessThan(lineHeight * 1.5);
});

test('archiving a plan that still owes money asks first, naming the amount, and is keyboard usable', async ({ openPage, worker }) => {
  await seed(worker, { plans: [seedPlan()] });
  const page = await openOptions(openPage, '#plans');
  const card = page.getByRole('article', { name: '小米 15 Pro' });
  const archive = card.getByRole('button', { name: '归档' });
  await archive.focus();
  await page.keyboard.press('Enter');
  const question = page.getByRole('group', { name: '确认归档' });
  // 12 × ¥1,072.00 still owed.
  await expect(question).toContainText('「小米 15 Pro」还有 ¥12,864.00 没有还清');
  await expect(question.getByRole('button', { name: '仍要归档' })).toBeFocused();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(archive).toBeFocused();
  expect((await storedPlans(worker))[0]?.archived).toBe(false);

  await page.keyboard.press('Enter');
  // The answer takes focus once the question is drawn: the second Enter is for it, not the page.
  await expect(question.getByRole('button', { name: '仍要归档' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await storedPlans(worker))[0]?.archived).toBe(true);
});

test('an amount typed wrong says what is wrong, naming the limit', async ({ openPage }) => {
  const page = await openOptions(openPage, '#new');
  const principal = page.getByLabel('分期本金（元）');
  const error = page.locator('#plan-principal-error');
  for (const [typed, message] of [
    ['-5999', '金额不能为负'],
    ['5999.999', '金额最多保留两位小数（精确到分）'],
    ['1e9', '金额不能超过 ¥999,999,999.99'],
    ['99999999999999', '金额不能超过 ¥999,999,999.99'],
  ] as const) {
    await principal.fill(typed);
    await principal.blur();
    await expect(error).toHaveText(message);
  }
});

test('schedules export as CSV that Excel reads as UTF-8: BOM, yuan with two decimals, dates YYYY-MM-DD', async ({ openPage, worker }) => {
  await seed(worker, { plans: [seedPlan({ title: '=小米 15 Pro' })] });
  const page = await openOptions(openPage, '#backup');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出还款计划表' }).click()]);
  const bytes = readFileSync((await download.path()) as string);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('计划,分期平台,期数,还款日,本金（元）,手续费（元）,应还（元）,已还（元）,状态');
  expect(lines[1]).toBe(`'=小米 15 Pro,小米分期,1,${shanghaiDate(1)},1000.00,72.00,1072.00,0.00,待还`);
  expect(lines).toHaveLength(14);
});

test('periods of ¥0.00 read 无需还款 and are not counted as paid', async ({ openPage, worker }) => {
  // ¥1,000.00 over 360 periods at 24 % annuity: period 350 clears the balance; 351–360 are ¥0.00.
  await seed(worker, { plans: [seedPlan({ method: 'annuity', rate: 0.24, periods: 360, principal: 100_000 })] });
  const page = await openOptions(openPage, '#plan/e2e-plan');
  await expect(page.locator('[data-figure="paid"]')).toContainText('已还 0/350 期，另有 10 期无需还款');
  const last = page.getByRole('row', { name: /^第 360\/360 期/ });
  await expect(last).toContainText('无需还款');
  await expect(last.getByRole('button')).toHaveCount(0);
});
