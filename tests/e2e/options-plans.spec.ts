import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { addPlanThroughForm, monthsFromNow, openOptions, storedPlans } from './options-helpers';

test('a plan added through the options form is listed with the right figures', async ({ openPage, worker, networkLog }) => {
  const page = await openOptions(openPage, '#plans');
  await expect(page.getByRole('heading', { level: 1, name: '分期计划' })).toBeVisible();
  const firstDue = monthsFromNow(1, 10);
  const id = await addPlanThroughForm(page, {
    title: '小米 15 Pro',
    principal: '12000',
    periods: '12',
    feeRate: '0.6',
    firstDue,
    autoRepayLabel: '招行 ****1234',
  });

  // Saved by the background, exactly as typed, in fen.
  const plans = (await storedPlans(worker)) as Array<Record<string, unknown>>;
  expect(plans).toHaveLength(1);
  expect(plans[0]).toMatchObject({
    id,
    title: '小米 15 Pro',
    principal: 1_200_000,
    periods: 12,
    rate: 0.006,
    firstDueDate: firstDue,
    autoRepay: true,
  });

  await page.getByRole('link', { name: '分期计划', exact: true }).click();
  const card = page.getByRole('article', { name: '小米 15 Pro' });
  await expect(card.locator('[data-figure="paid"]')).toHaveText('已还 0/12 期');
  await expect(card.locator('[data-figure="remaining-principal"]')).toHaveText('¥12,000.00');
  await expect(card.locator('[data-figure="remaining-total"]')).toHaveText('¥12,864.00');
  await expect(card.locator('[data-figure="nominal"]')).toHaveText('13.03%');
  await expect(card.locator('[data-figure="effective"]')).toHaveText('13.84%');
  await expect(card.locator('[data-figure="cost"]')).toHaveText('¥864.00');
  await expect(card.getByText('自动还款 · 招行 ****1234')).toBeVisible();
  expect(networkLog).toEqual([]);
});

test('recording a payment, then undoing it, from the plan page', async ({ openPage, worker }) => {
  const page = await openOptions(openPage, '#plans');
  const id = await addPlanThroughForm(page, {
    title: 'Laptop',
    principal: '6000',
    periods: '6',
    feeRate: '0.5',
    firstDue: monthsFromNow(1, 5),
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Laptop' })).toBeVisible();

  await page.getByRole('button', { name: '记录还款（第 1 期）' }).click();
  const form = page.getByRole('form', { name: '记录第 1 期还款' });
  await expect(form.getByLabel('还款金额（元）')).toHaveValue('1030.00');
  await form.getByLabel('还款金额（元）').fill('500');
  await form.getByRole('button', { name: '记录还款' }).click();
  const firstRow = page.getByRole('row', { name: /第 1\/6 期/ });
  await expect(firstRow).toContainText('部分已还（已还 ¥500.00）');

  await page.getByRole('button', { name: '记录还款（第 1 期）' }).click();
  await expect(page.getByLabel('还款金额（元）')).toHaveValue('530.00');
  await page.getByRole('button', { name: '记录还款', exact: true }).click();
  await expect(firstRow).toContainText('已还');
  await expect(page.locator('[data-figure="paid"]')).toContainText('已还 1/6 期');

  const stored = (await storedPlans(worker)) as Array<{ id: string; payments: Array<{ period: number; amount: number }> }>;
  expect(stored.find((plan) => plan.id === id)?.payments.map(({ period, amount }) => [period, amount])).toEqual([
    [1, 50_000],
    [1, 53_000],
  ]);

  await page.getByRole('button', { name: '撤销第 1 期这笔还款' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: '已撤销第 1 期的还款记录' })).toBeVisible();
  await expect(page.locator('[data-figure="paid"]')).toContainText('已还 0/6 期');
});

test('deleting a plan asks first and can be undone', async ({ openPage, worker }) => {
  const page = await openOptions(openPage, '#plans');
  await addPlanThroughForm(page, { title: 'Phone', principal: '3000', periods: '3', feeRate: '0', firstDue: monthsFromNow(1, 1) });
  const before = await storedPlans(worker);
  await page.goto(page.url().replace(/#.*$/, '#plans'));
  await page.getByRole('button', { name: '删除' }).click();
  await page.getByRole('button', { name: '确认删除' }).click();
  await expect(page.getByRole('article', { name: 'Phone' })).toHaveCount(0);
  expect(await storedPlans(worker)).toEqual([]);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('article', { name: 'Phone' })).toBeVisible();
  expect(await storedPlans(worker)).toEqual(before);
});

test('editing a plan changes its figures everywhere', async ({ openPage, worker }) => {
  const page = await openOptions(openPage, '#plans');
  const id = await addPlanThroughForm(page, {
    title: 'Phone',
    principal: '12000',
    periods: '12',
    feeRate: '0.6',
    firstDue: monthsFromNow(1, 10),
  });
  await page.getByRole('link', { name: '编辑' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '编辑「Phone」' })).toBeVisible();
  await expect(page.getByLabel('分期本金（元）')).toHaveValue('12000.00');
  await expect(page.getByLabel('每期手续费率（%）')).toHaveValue('0.6');
  await page.getByLabel('计划名称').fill('Xiaomi 15 Pro');
  await page.getByLabel('每期手续费率（%）').fill('0.5');
  await page.getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Xiaomi 15 Pro' })).toBeVisible();
  await expect(page.locator('dd[data-figure="cost"]')).toHaveText('¥720.00');
  const plans = (await storedPlans(worker)) as Array<{ id: string; title: string; rate: number }>;
  expect(plans.map(({ id, title, rate }) => ({ id, title, rate }))).toEqual([{ id, title: 'Xiaomi 15 Pro', rate: 0.005 }]);
});

test('a plan’s customer service is entered in the editor, checked, saved and linked on its page', async ({ openPage, worker }) => {
  const page = await openOptions(openPage, '#plans');
  const id = await addPlanThroughForm(page, {
    title: 'Phone',
    principal: '6000',
    periods: '12',
    feeRate: '0.6',
    firstDue: monthsFromNow(1, 10),
  });
  // Nothing entered: the lender's published website applies, and the editor's hint says so.
  await expect(page.getByRole('link', { name: '客服网址' })).toHaveAttribute('href', 'https://jr.mi.com/');
  await page.getByRole('link', { name: '编辑' }).click();
  const phone = page.getByLabel('客服电话（可选）');
  const web = page.getByLabel('客服网址（可选）');
  await expect(web).toHaveAccessibleDescription('留空则显示小米分期官网 https://jr.mi.com/');
  await phone.fill('请拨 95188');
  await web.fill('javascript:alert(1)');
  // Leaving the field shows its message (and moves what is below it), as it does for the user.
  await web.blur();
  await page.getByRole('button', { name: '保存修改' }).click();
  await expect(phone).toBeFocused();
  await expect(phone).toHaveAccessibleDescription(/电话号码只能包含数字、空格和 \+ - \( \)/);
  await expect(web).toHaveAccessibleDescription(/请输入以 https:\/\/（或 http:\/\/）开头的网址/);
  expect(await seriousViolations(page)).toEqual([]);
  await phone.fill('95188');
  await web.fill('https://cs.example.com/');
  await page.getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Phone' })).toBeVisible();
  await expect(page.getByRole('link', { name: '客服电话：95188' })).toHaveAttribute('href', 'tel:95188');
  await expect(page.getByRole('link', { name: '客服网址' })).toHaveAttribute('href', 'https://cs.example.com/');
  const plans = (await storedPlans(worker)) as Array<{ id: string; contact?: unknown }>;
  expect(plans.map((plan) => ({ id: plan.id, contact: plan.contact }))).toEqual([
    { id, contact: { phone: '95188', url: 'https://cs.example.com/' } },
  ]);
});
