import { describe, expect, it } from 'vitest';
import { type KindNames, planLabel } from '../../../lib/core/labels';
import names from '../../../lib/i18n/locales/zh-CN/names';

const zh: KindNames = (key) => names[key];

describe('planLabel names the lender once', () => {
  it('drops the lender’s name from the start of the title: 花呗 AirPods by 花呗 is “花呗 · AirPods”', () => {
    expect(planLabel({ lender: { kind: 'huabei', name: '' }, title: '花呗 AirPods' }, zh)).toBe('花呗 · AirPods');
    expect(planLabel({ lender: { kind: 'huabei', name: '' }, title: '花呗·AirPods' }, zh)).toBe('花呗 · AirPods');
    expect(planLabel({ lender: { kind: 'other', name: '招商银行' }, title: '招商银行 - 冰箱' }, zh)).toBe('招商银行 · 冰箱');
  });

  it('keeps a title that merely starts like the lender, or is nothing but its name', () => {
    expect(planLabel({ lender: { kind: 'huabei', name: '' }, title: '花呗分期的耳机' }, zh)).toBe('花呗 · 花呗分期的耳机');
    expect(planLabel({ lender: { kind: 'huabei', name: '' }, title: '花呗' }, zh)).toBe('花呗');
    expect(planLabel({ lender: { kind: 'xiaomi', name: '' }, title: 'Redmi K80' }, zh)).toBe('小米分期 · Redmi K80');
  });
});
