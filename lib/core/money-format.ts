import type { Fen } from './money';

// Apart from ./money.ts (which re-exports it) so that the popup's first load carries no amount parsing.

/**
 * "¥1,072.00" in either locale: zh-CN and en write CNY alike, ¥, comma groups and two decimals, as Intl's
 * narrow-symbol currency format does (tests/unit/core/money.test.ts holds the two to the same text). Written
 * by hand: the first Intl.NumberFormat a fresh browser builds costs tens of milliseconds, which the popup
 * paid before drawing its rows. The locale stays in the signature for a language that writes yuan otherwise.
 */
export function formatMoney(fen: Fen, _locale: string): string {
  const abs = Math.abs(fen);
  const yuan = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${fen < 0 ? '-' : ''}¥${yuan}.${String(abs % 100).padStart(2, '0')}`;
}
