import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CommandError } from '../../lib/core/commands';
import type { IsoDate } from '../../lib/core/dates';
import { limitOf, type Problem } from '../../lib/core/field-issues';
import { type Fen, formatMoney } from '../../lib/core/money';
import { formatDate, formatPercent } from '../../lib/i18n/format';
import type { CommonT, OptionsMessages, OptionsT } from '../../lib/i18n/options';
import type { Locale } from '../../lib/i18n/translate';

/** Everything the options page needs to speak the user's language, from one context. */
export interface Texts {
  locale: Locale;
  t: OptionsT;
  c: CommonT;
  money(fen: Fen): string;
  /** A count with the locale's grouping: 2,000. */
  count(value: number): string;
  date(date: IsoDate, withYear?: boolean): string;
  percent(fraction: number, digits?: number): string;
  /** A command's error, and the reason each of its details gives, in words. */
  error(error: CommandError): string;
  /** An i18n key from core (`err.*`) or any other text as it is. */
  key(key: string): string;
  /** A core message with the limit it names: `…Fen` as money, `…Rate` as a percentage. */
  problem(problem: Problem): string;
}

/** `messages`, one locale's catalogues, come from lib/i18n/options (loaded on demand). */
export function makeTexts(locale: Locale, { t, c }: OptionsMessages): Texts {
  const counts = new Intl.NumberFormat(locale);
  const key = (text: string) => (c as (key: string) => string)(text);
  const money = (fen: Fen) => formatMoney(fen, locale);
  const limit = (name: string, value: number) =>
    name.endsWith('Fen')
      ? money(value)
      : name.endsWith('Rate')
        ? formatPercent(value, locale, Number.isInteger(value * 100) ? 0 : 2)
        : counts.format(value);
  // An issue that lost its params on the way (an older background) still names the limit.
  const problem = ({ key: text, params = limitOf(text) }: Problem) =>
    params
      ? (c as (key: string, params: Record<string, string>) => string)(
          text,
          Object.fromEntries(Object.entries(params).map(([name, value]) => [name, limit(name, value)])),
        )
      : key(text);
  return {
    locale,
    t,
    c,
    money,
    count: (value) => counts.format(value),
    date: (date, withYear = true) => formatDate(date, locale, withYear),
    percent: (fraction, digits = 2) => formatPercent(fraction, locale, digits),
    key,
    problem,
    error: (error) => {
      const details = (error.details ?? []).map(problem);
      return [key(error.message), ...new Set(details)].filter((line, index, all) => all.indexOf(line) === index).join(' · ');
    },
  };
}

export const TextsContext = createContext<Texts | null>(null);

/** The texts OptionsApp (or a test) provides; a piece rendered without them is a wiring mistake. */
export function useTexts(): Texts {
  const texts = useContext(TextsContext);
  if (!texts) throw new Error('useTexts outside a TextsContext provider');
  return texts;
}
