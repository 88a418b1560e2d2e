import { describe, expect, it } from 'vitest';
import enPages from '../../../lib/i18n/locales/en/options-pages';
import zhPages from '../../../lib/i18n/locales/zh-CN/options-pages';
import { loadOptionsMessages, loadOptionsPages } from '../../../lib/i18n/options';

// The options page's first view loads only the plans list's words; the other pages' words arrive with the
// first lazily loaded page, into the translators already made and into any made afterwards.
describe('options strings beyond the plans list', () => {
  it('arrive in a translator made before them and in one made after', async () => {
    const { t } = await loadOptionsMessages('zh-CN');
    expect(t('nav.payoff')).toBe('还款规划');
    expect(t('plans.heading')).toBe('分期计划');
    expect(t('backup.heading')).toBe('backup.heading');
    await loadOptionsPages();
    expect(t('backup.heading')).toBe(zhPages['backup.heading']);
    expect(t('sync.heading')).toBe(zhPages['sync.heading']);
    const { t: en } = await loadOptionsMessages('en');
    expect(en('backup.heading')).toBe(enPages['backup.heading']);
    expect(en('nav.payoff')).toBe('Payoff plan');
  });
});
