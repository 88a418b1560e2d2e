import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../lib/core/dates';
import { formatDate, formatRelativeDays } from '../../../lib/i18n/format';
import { LOCALES, pluralCategory } from '../../../lib/i18n/translate';

// The popup's dates, relative days and plurals are written by hand so that its first render builds no
// Intl object (the first one in a fresh renderer loads ICU's data): each must read exactly as Intl has it.

const intlDate = (date: string, locale: string, withYear: boolean) =>
  new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    month: locale === 'en' ? 'short' : 'long',
    day: 'numeric',
    ...(withYear ? { year: 'numeric' } : {}),
  }).format(new Date(`${date}T00:00:00Z`));

describe('dates and relative days written by hand', () => {
  it('read as Intl writes every day of several years, with and without the year', () => {
    for (const locale of LOCALES) {
      for (let date = '2023-12-25'; date <= '2028-01-05'; date = addDays(date, 1)) {
        for (const withYear of [false, true]) {
          const ours = formatDate(date, locale, withYear);
          if (ours !== intlDate(date, locale, withYear)) expect({ date, locale, withYear, ours }).toBe(intlDate(date, locale, withYear));
        }
      }
    }
    expect(formatDate('2026-03-10', 'zh-CN')).toBe('3月10日');
    expect(formatDate('2026-06-10', 'en', true)).toBe('Jun 10, 2026');
  });

  it('read as Intl writes any day from 1000 to 9999', () => {
    const day = fc.integer({ min: 0, max: 3_287_181 }).map((n) => addDays('1000-01-01', n));
    fc.assert(
      fc.property(day, fc.constantFrom(...LOCALES), fc.boolean(), (date, locale, withYear) => {
        expect(formatDate(date, locale, withYear)).toBe(intlDate(date, locale, withYear));
      }),
    );
  });

  it('say how many whole days away as Intl does, near and far', () => {
    for (const locale of LOCALES) {
      const intl = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
      for (let days = -3000; days <= 3000; days++) {
        if (formatRelativeDays(days, locale) !== intl.format(days, 'day'))
          expect({ days, locale, ours: formatRelativeDays(days, locale) }).toBe(intl.format(days, 'day'));
      }
      fc.assert(
        fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), (days) => {
          expect(formatRelativeDays(days, locale)).toBe(intl.format(days, 'day'));
        }),
      );
      expect(formatRelativeDays(-0, locale)).toBe(intl.format(-0, 'day'));
    }
    expect(formatRelativeDays(3, 'zh-CN')).toBe('3天后');
    expect(formatRelativeDays(-2, 'en')).toBe('2 days ago');
  });

  it('choose plurals as Intl.PluralRules does', () => {
    for (const locale of LOCALES) {
      const rules = new Intl.PluralRules(locale);
      for (let n = -2000; n <= 2000; n++) expect(pluralCategory(locale, n)).toBe(rules.select(n));
      fc.assert(fc.property(fc.double(), (n) => pluralCategory(locale, n) === rules.select(n)));
    }
  });
});
