import type { Page, Worker } from '@playwright/test';
import { storedPlans as readStoredPlans } from './seed';

export type OpenPage = (path: string) => Promise<Page>;

/** The options form's labels in each language, as a user reads them. */
export const LABELS = {
  'zh-CN': {
    title: '计划名称',
    principal: '分期本金（元）',
    periods: '期数',
    feeRate: '每期手续费率（%）',
    firstDue: '首期还款日',
    autoRepay: '已开通自动还款',
    paymentLabel: '还款账户说明（可选）',
    earlierPaid: /^首期还款日已过/,
    add: '添加计划',
  },
  en: {
    title: 'Plan name',
    principal: 'Principal (yuan)',
    periods: 'Number of periods',
    feeRate: 'Fee per period (%)',
    firstDue: 'First due date',
    autoRepay: 'Auto-repay is on',
    paymentLabel: 'Account note (optional)',
    earlierPaid: /^The first due date is past/,
    add: 'Add plan',
  },
} as const;

export interface PlanInput {
  title: string;
  principal: string;
  periods: string;
  feeRate: string;
  firstDue: string;
  autoRepayLabel?: string;
  /** For a first due date in the past: untick "earlier periods already paid". */
  earlierUnpaid?: boolean;
}

/** Adds a plan the way a user does: the options form, by its labels; resolves on the plan's page. */
export async function addPlanThroughForm(page: Page, plan: PlanInput, locale: keyof typeof LABELS = 'zh-CN'): Promise<string> {
  const labels = LABELS[locale];
  await page.goto(page.url().replace(/#.*$/, '#new'));
  await page.getByLabel(labels.title, { exact: true }).fill(plan.title);
  await page.getByLabel(labels.principal, { exact: true }).fill(plan.principal);
  await page.getByLabel(labels.periods, { exact: true }).fill(plan.periods);
  await page.getByLabel(labels.feeRate, { exact: true }).fill(plan.feeRate);
  await page.getByLabel(labels.firstDue, { exact: true }).fill(plan.firstDue);
  if (plan.autoRepayLabel) {
    await page.getByLabel(labels.autoRepay, { exact: true }).check();
    await page.getByLabel(labels.paymentLabel, { exact: true }).fill(plan.autoRepayLabel);
  }
  if (plan.earlierUnpaid) await page.getByLabel(labels.earlierPaid).uncheck();
  await page.getByRole('button', { name: labels.add }).click();
  await page.waitForURL(/#plan\/[^/]+$/);
  return decodeURIComponent(page.url().split('#plan/')[1] ?? '');
}

/** The stored plans, read straight from chrome.storage (reading only; every write goes through the UI). */
export async function storedPlans(worker: Worker): Promise<unknown> {
  return readStoredPlans(worker);
}

/** A date `months` months from today in the lender's zone, on day `day`: YYYY-MM-DD. */
export function monthsFromNow(months: number, day: number): string {
  const now = new Date(Date.now() + 8 * 3600_000);
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, day));
  return date.toISOString().slice(0, 10);
}

/**
 * Opens the options page in the language the test launched the browser with. In an extension page
 * `i18n.getUILanguage()` follows Playwright's locale emulation, which now and then reaches a new page
 * only after its first script ran (the service worker, unemulated, says en-US): reload once if so.
 */
export async function openOptions(openPage: OpenPage, hash: string, locale: keyof typeof LABELS = 'zh-CN'): Promise<Page> {
  const page = await openPage(`options.html${hash}`);
  await page.locator('main h1').waitFor();
  if ((await page.evaluate(() => document.documentElement.lang)) !== locale) {
    await page.reload();
    await page.locator('main h1').waitFor();
  }
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (lang !== locale) throw new Error(`options page opened in ${lang}, not ${locale}`);
  return page;
}
