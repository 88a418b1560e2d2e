import { describe, expect, it } from 'vitest';
import { accountLabel, type KindNames, lenderLabel, planLabel } from '../../../lib/core/labels';

const names: KindNames = (key) => ({ 'lender.xiaomi': '小米分期', 'payment.wechat': '微信支付' })[key as string] ?? key;

describe('labels', () => {
  it('names the lender by the user’s own name, else by its kind', () => {
    expect(lenderLabel({ kind: 'card', name: '招商银行信用卡' }, names)).toBe('招商银行信用卡');
    expect(lenderLabel({ kind: 'xiaomi', name: '' }, names)).toBe('小米分期');
  });

  it('names the repayment account by the user’s label, else by its kind', () => {
    expect(accountLabel({ kind: 'bank-card', label: '招行 ****1234' }, names)).toBe('招行 ****1234');
    expect(accountLabel({ kind: 'wechat', label: '' }, names)).toBe('微信支付');
  });

  it('names a plan by its lender and title: "小米分期 · Xiaomi 15 Pro"', () => {
    expect(planLabel({ lender: { kind: 'xiaomi', name: '' }, title: 'Xiaomi 15 Pro' }, names)).toBe('小米分期 · Xiaomi 15 Pro');
  });
});
