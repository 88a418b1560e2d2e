import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CommandError } from '../../lib/core/commands';
import type { IsoDate } from '../../lib/core/dates';
import { type Fen, formatMoney } from '../../lib/core/money';
import { commonMessages } from '../../lib/i18n/common';
import { formatDate, formatPercent } from '../../lib/i18n/format';
import { optionsMessages } from '../../lib/i18n/options';
import type { Locale } from '../../lib/i18n/translate';

/** Everything the options page needs to speak the user's language, from one context. */
export interface Texts {
  locale: Locale;
  t: ReturnType<typeof optionsMessages>;
  c: ReturnType<typeof commonMessages>;
  money(fen: Fen): string;
  date(date: IsoDate, withYear?: boolean): string;
  percent(fraction: number, digits?: number): string;
  /** A command's error, and the reason each of its details gives, in words. */
  error(error: CommandError): string;
  /** An i18n key from core (`err.*`) or any other text as it is. */
  key(key: string): string;
}

export function makeTexts(locale: Locale): Texts {
  const t = optionsMessages(locale);
  const c = commonMessages(locale);
  const key = (text: string) => (c as (key: string) => string)(text);
  return {
    locale,
    t,
    c,
    money: (fen) => formatMoney(fen, locale),
    date: (date, withYear = true) => formatDate(date, locale, withYear),
    percent: (fraction, digits = 2) => formatPercent(fraction, locale, digits),
    key,
    error: (error) => {
      const details = (error.details ?? []).map((detail) => key(detail.key));
      return [key(error.message), ...new Set(details)].filter((line, index, all) => all.indexOf(line) === index).join(' · ');
    },
  };
}

export const TextsContext = createContext<Texts>(makeTexts('zh-CN'));
export const useTexts = (): Texts => useContext(TextsContext);
