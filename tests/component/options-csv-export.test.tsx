// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CsvExport } from '../../components/options/csv-export';
import { makePlan, payment } from '../unit/core/plan-factory';
import { renderOptions } from './options-render';

vi.mock('../../lib/messaging', () => ({ sendMessage: vi.fn() }));

const saved: Array<{ name: string; type: string; blob: Blob }> = [];
beforeEach(() => {
  saved.length = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    saved.push({ name: '', type: (blob as Blob).type, blob: blob as Blob });
    return 'blob:csv';
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const last = saved.at(-1);
    if (last) last.name = this.download;
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const plans = [
  makePlan({ id: 'phone', title: '小米 15 Pro', payments: [payment(1, 107_200, '2026-01-09')] }),
  makePlan({ id: 'pods', title: 'AirPods', lender: { kind: 'huabei', name: '' }, periods: 3 }),
];
const bytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
const text = async (blob: Blob) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await bytes(blob));

describe('CSV export on the backup page', () => {
  it('saves every plan’s schedule as UTF-8 with a BOM, Chinese headings, yuan with two decimals', async () => {
    renderOptions(<CsvExport plans={plans} today="2026-01-20" />, 'zh-CN');
    fireEvent.click(screen.getByRole('button', { name: '导出还款计划表' }));
    const [file] = saved;
    expect(file?.name).toBe('repay-helper-schedule-all-2026-01-20.csv');
    expect(file?.type).toBe('text/csv;charset=utf-8');
    expect([...(await bytes(file?.blob as Blob)).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (await text(file?.blob as Blob)).slice(1).split('\r\n');
    expect(lines[0]).toBe('计划,分期平台,期数,还款日,本金（元）,手续费（元）,应还（元）,已还（元）,状态');
    expect(lines[1]).toBe('小米 15 Pro,小米分期,1,2026-01-10,1000.00,72.00,1072.00,1072.00,已还');
    expect(lines.filter((line) => line.startsWith('AirPods,花呗,'))).toHaveLength(3);
  });

  it('saves one plan’s payments when that plan is chosen', async () => {
    renderOptions(<CsvExport plans={plans} today="2026-01-20" />, 'zh-CN');
    fireEvent.change(screen.getByLabelText('导出哪些计划'), { target: { value: 'phone' } });
    fireEvent.click(screen.getByRole('button', { name: '导出还款记录' }));
    const [file] = saved;
    expect(file?.name).toBe('repay-helper-payments-phone-2026-01-20.csv');
    expect((await text(file?.blob as Blob)).slice(1)).toBe(
      '计划,分期平台,期数,还款日期,金额（元）,备注\r\n小米 15 Pro,小米分期,1,2026-01-09,1072.00,\r\n',
    );
  });
});
