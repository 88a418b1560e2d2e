// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupPage } from '../../components/options/backup-page';
import { buildBackup, serializeBackup } from '../../lib/core/backup';
import { DEFAULT_SETTINGS } from '../../lib/core/schemas';
import type { Locale } from '../../lib/i18n/translate';
import { sendMessage } from '../../lib/messaging';
import { makePlan } from '../unit/core/plan-factory';
import { renderOptions } from './options-render';

vi.mock('../../lib/messaging', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage as unknown as (...args: unknown[]) => Promise<unknown>);
afterEach(cleanup);

const NOW = Date.UTC(2026, 10, 25, 2, 0, 0);
function renderPage(locale: Locale) {
  renderOptions(<BackupPage plans={{ ok: true, value: [] }} settings={DEFAULT_SETTINGS} settingsReadable today="2026-11-25" />, locale);
}
function choose(text: string) {
  const input = screen.getByLabelText(/备份文件|backup file/i) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], 'backup.json', { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
}
const alertText = () => waitFor(() => screen.getByRole('alert').textContent ?? '');

describe('backup page: a refused file says what is wrong and where, in words', () => {
  it('names the plan by number and title, and the plan its id repeats', async () => {
    renderPage('zh-CN');
    const plans = [makePlan({ id: 'a', title: '花呗 AirPods' }), makePlan({ id: 'b' }), makePlan({ id: 'a', title: '小米 15 Pro' })];
    choose(serializeBackup(buildBackup(plans, DEFAULT_SETTINGS, NOW)));
    const text = await alertText();
    expect(text).toContain('第 3 个计划（小米 15 Pro）的编号：与第 1 个计划的编号重复');
    expect(text).not.toMatch(/plans\.\d/);
  });

  it('says the export time is not a valid date, without zod’s path or English', async () => {
    renderPage('zh-CN');
    choose(JSON.stringify({ ...buildBackup([], DEFAULT_SETTINGS, NOW), exportedAt: 42 }));
    const text = await alertText();
    expect(text).toContain('导出时间：不是有效的日期时间');
    expect(text).not.toMatch(/exportedAt|Invalid input/);
  });

  it('calls a truncated file damaged', async () => {
    renderPage('zh-CN');
    const whole = serializeBackup(buildBackup([makePlan({ id: 'a' })], DEFAULT_SETTINGS, NOW));
    choose(whole.slice(0, 200));
    const text = await alertText();
    expect(text).toContain('备份文件已损坏');
    expect(text).not.toContain('不是还款助手的备份文件');
  });

  it('says where in English too', async () => {
    renderPage('en');
    const file = buildBackup([makePlan({ id: 'a', title: 'Phone' })], DEFAULT_SETTINGS, NOW);
    const broken = { ...file, plans: [{ ...file.plans[0], payments: [{ id: 'p', period: 1, amount: 0, date: '2026-01-10', note: '' }] }] };
    choose(JSON.stringify(broken));
    expect(await alertText()).toContain('Plan 1 (Phone), payment 1, amount: The amount must be more than 0');
  });

  it('names the plan when the background refuses the import', async () => {
    send.mockResolvedValue({
      ok: false,
      error: { code: 'invalid', message: 'err.backupInvalid', details: [{ path: 'plans.0.snoozes', key: 'err.snoozeInBackup' }] },
    });
    renderPage('zh-CN');
    choose(serializeBackup(buildBackup([makePlan({ id: 'a', title: '小米 15 Pro' })], DEFAULT_SETTINGS, NOW)));
    fireEvent.click(await screen.findByRole('button', { name: '确认导入' }));
    const text = await waitFor(() => {
      const alert = screen.getByRole('alert');
      expect(alert.textContent).toContain('稍后提醒');
      return alert.textContent ?? '';
    });
    expect(text).toContain('备份文件内容有误');
    expect(text).toContain('第 1 个计划（小米 15 Pro）的稍后提醒：备份中有超过 30 天的推迟提醒');
    expect(text).not.toContain('plans.0');
  });
});
