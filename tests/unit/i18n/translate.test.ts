import { describe, expect, it } from 'vitest';
import { createTranslator, resolveLocale, translator } from '../../../lib/i18n/translate';

// A small catalogue in each language, shaped like the ones in lib/i18n/locales.
const en = {
  greeting: 'Hello, {name}',
  due: '{plan}: {amount} due on {date}',
  twice: '{n} and {n} again',
  'days#one': '{count} day',
  'days#other': '{count} days',
  'plans#other': '{count} plans',
  'periods#one': 'one period',
  'periods#other': '{count} periods',
  periods: 'periods (plain)',
};
const zh: typeof en = {
  greeting: '你好,{name}',
  due: '{plan}:{date} 应还 {amount}',
  twice: '{n} 和 {n}',
  'days#one': '{count} 天(单数)',
  'days#other': '{count} 天',
  'plans#other': '{count} 个计划',
  'periods#one': '一期',
  'periods#other': '{count} 期',
  periods: '期数',
};
const t = createTranslator(en, 'en');

describe('resolveLocale', () => {
  it('keeps the language the user picked, whatever the browser speaks', () => {
    expect(resolveLocale('en', 'zh-CN')).toBe('en');
    expect(resolveLocale('zh-CN', 'en-US')).toBe('zh-CN');
  });

  it('gives any Chinese browser zh-CN when set to auto, whatever the region or case', () => {
    for (const ui of ['zh-CN', 'zh-TW', 'zh-HK', 'zh', 'ZH-cn']) expect(resolveLocale('auto', ui)).toBe('zh-CN');
  });

  it('gives every other browser language English when set to auto, an unknown one too', () => {
    for (const ui of ['en-US', 'en-GB', 'ja', 'fr-FR', '']) expect(resolveLocale('auto', ui)).toBe('en');
  });
});

describe('createTranslator', () => {
  it('fills every placeholder from the params, in the order the language puts them', () => {
    const params = { plan: 'Xiaomi 15 Pro', amount: '¥1,072.00', date: '10 June' };
    expect(t('due', params)).toBe('Xiaomi 15 Pro: ¥1,072.00 due on 10 June');
    expect(createTranslator(zh, 'zh-CN')('due', params)).toBe('Xiaomi 15 Pro:10 June 应还 ¥1,072.00');
  });

  it('fills a placeholder each time it appears', () => {
    expect(t('twice', { n: 3 })).toBe('3 and 3 again');
  });

  it('leaves a placeholder without a param as written, so the gap shows', () => {
    expect(t('due', { plan: 'Phone' })).toBe('Phone: {amount} due on {date}');
  });

  it('returns the template untouched when no params are given', () => {
    expect(t('greeting')).toBe('Hello, {name}');
  });

  it('uses 0 and the empty string as values, not as missing params', () => {
    expect(t('greeting', { name: 0 })).toBe('Hello, 0');
    expect(t('greeting', { name: '' })).toBe('Hello, ');
  });

  it('puts a value in literally, even one that looks like a replacement pattern', () => {
    expect(t('greeting', { name: '$& $1 $$' })).toBe('Hello, $& $1 $$');
  });

  it('ignores params the template does not use', () => {
    expect(t('greeting', { name: 'Li', unused: 'x' })).toBe('Hello, Li');
  });

  it('answers a key it does not know with the key itself, params or not', () => {
    const unknown = t as (key: string, params?: Record<string, string | number>) => string;
    expect(unknown('missing.key')).toBe('missing.key');
    expect(unknown('missing.key', { name: 'Li' })).toBe('missing.key');
  });
});

describe('plurals', () => {
  it('picks the English #one variant for 1 and #other for 0 and many', () => {
    expect(t('days', { count: 1 })).toBe('1 day');
    expect(t('days', { count: 0 })).toBe('0 days');
    expect(t('days', { count: 2 })).toBe('2 days');
    // 1.5 is not "one" in English.
    expect(t('days', { count: 1.5 })).toBe('1.5 days');
  });

  it('always picks #other in Chinese, which has no singular', () => {
    const tZh = createTranslator(zh, 'zh-CN');
    expect(tZh('days', { count: 1 })).toBe('1 天');
    expect(tZh('days', { count: 5 })).toBe('5 天');
  });

  it('falls back to #other when the language’s own form is missing', () => {
    // English wants "plans#one" for 1; the catalogue has only "plans#other".
    expect(t('plans', { count: 1 })).toBe('1 plans');
  });

  it('prefers a plain key over its plural variants', () => {
    expect(t('periods', { count: 1 })).toBe('periods (plain)');
  });

  it('chooses a variant only for a numeric count', () => {
    const loose = t as (key: string, params?: Record<string, string | number>) => string;
    expect(loose('days', { count: '1' })).toBe('days');
    expect(loose('days')).toBe('days');
  });
});

describe('translator', () => {
  it('reads the catalogue of the locale it is given', () => {
    expect(translator({ en, 'zh-CN': zh }, 'en')('greeting', { name: 'Li' })).toBe('Hello, Li');
    expect(translator({ en, 'zh-CN': zh }, 'zh-CN')('greeting', { name: 'Li' })).toBe('你好,Li');
  });
});
