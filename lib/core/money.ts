/** Money is an integer number of fen (分). 1 yuan = 100 fen. */
export type Fen = number;

/**
 * Rounds half-up to a whole fen. The value is first snapped to 15 significant digits, where binary
 * noise (1.005 * 100 = 100.49999999999999) lives, so noise cannot move a result across the half
 * while a real 2.4999999 stays below it.
 */
export function roundHalfUp(value: number): Fen {
  const magnitude = Math.abs(value);
  const whole = Math.floor(magnitude);
  // Snapping moves a value by at most 5e-15 of itself, so it decides only fractions that close to one half:
  // any other value rounds the same without the text round trip (a schedule rounds every period's charge).
  if (Math.abs(magnitude - whole - 0.5) > magnitude * 1e-14) return Math.sign(value) * (magnitude - whole < 0.5 ? whole : whole + 1) || 0;
  const snapped = Number(value.toPrecision(15));
  return Math.sign(snapped) * Math.floor(Math.abs(snapped) + 0.5) || 0;
}

const YUAN_PATTERN = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

/** A typed amount without its currency sign, unit and grouping commas. */
const cleanYuan = (text: string) =>
  toHalfWidth(text)
    .trim()
    .replace(/^[¥￥]\s*/, '')
    .replace(/元$/, '')
    .replace(/,(?=\d{3}(?:\D|$))/g, '')
    .trim();

/** Parses a user-typed yuan amount ("1,072.5", "¥1072.50", "１０７２") into fen; null when it is not one. */
export function parseYuan(text: string): Fen | null {
  const cleaned = cleanYuan(text);
  const match = YUAN_PATTERN.exec(cleaned);
  if (!match) return null;
  const yuan = Number(match[1]);
  const fen = Number((match[2] ?? '').padEnd(2, '0'));
  return yuan * 100 + fen;
}

export type YuanReading = { ok: true; fen: Fen } | { ok: false; key: AmountProblem };
export type AmountProblem = 'err.money' | 'err.moneyNegative' | 'err.moneyDecimals' | 'err.moneyTooLarge' | 'err.moneyFormat';

/**
 * A typed amount in fen, or what is wrong with it in words the user can act on: nothing typed, a minus
 * sign, a third decimal, more than the cap (however it was written: 1e9, 99999999999999), or no number.
 */
export function readYuan(text: string, maxFen: Fen): YuanReading {
  const cleaned = cleanYuan(text);
  if (cleaned === '') return { ok: false, key: 'err.money' };
  const fen = parseYuan(cleaned);
  if (fen !== null) return fen > maxFen ? { ok: false, key: 'err.moneyTooLarge' } : { ok: true, fen };
  const [sign] = cleaned;
  const unsigned = cleaned.replace(/^[-−+]\s*/, '');
  const value = /^[\d.]+(e[+-]?\d+)?$/i.test(unsigned) ? Number(unsigned) : Number.NaN;
  if (Number.isNaN(value)) return { ok: false, key: 'err.moneyFormat' };
  if (sign === '-' || sign === '−') return { ok: false, key: 'err.moneyNegative' };
  if (value * 100 > maxFen) return { ok: false, key: 'err.moneyTooLarge' };
  return { ok: false, key: /^\d*\.\d{3,}$/.test(unsigned) ? 'err.moneyDecimals' : 'err.moneyFormat' };
}

/** Full-width digits and punctuation (１２３，．￥) to their ASCII forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Fen as a plain decimal string without grouping ("1072.00"): for inputs and files. */
export function fenToDecimal(fen: Fen): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

// The popup's first load takes formatMoney from ./money-format.ts alone, without the parsing above.
export { formatMoney } from './money-format';
