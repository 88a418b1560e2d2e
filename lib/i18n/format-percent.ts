import type { Locale } from './translate';

// Building a formatter costs far more than using one (the plans page formats a hundred rates): one per locale and digits.
const formats = new Map<string, Intl.NumberFormat>();

/** A fraction as a percentage with two decimals: 0.1303 → "13.03%". */
export function formatPercent(fraction: number, locale: Locale, digits = 2): string {
  const key = `${locale}:${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format.format(fraction);
}
