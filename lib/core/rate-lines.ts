import { DEFAULT_BURDEN_THRESHOLD, DEFAULT_RATE_LINES } from './kinds';
import type { Fen } from './money';

// Warning lines on a plan's true rate, and the share of income repayments take. Zod-free: the plans list
// marks every card with it.

export interface PlanningSettings {
  rateLines?: readonly number[];
  monthlyIncome?: Fen;
  burdenThreshold?: number;
}

/** The user's rate lines, lowest first, or the defaults (24 % and 36 %). */
export function rateLinesOf(settings: PlanningSettings): number[] {
  return [...new Set(settings.rateLines ?? DEFAULT_RATE_LINES)].sort((a, b) => a - b);
}

/**
 * The highest line a nominal annual rate is at or above, or null. Compared in basis points of a tenth
 * (1e-5), so 24.000000001 % computed from a schedule is not "above 24 %" by binary noise alone, nor is
 * 23.99999 % below it.
 */
export function lineReached(nominal: number, lines: readonly number[]): number | null {
  const steps = (rate: number) => Math.round(rate * 100_000);
  let reached: number | null = null;
  for (const line of lines) if (steps(nominal) >= steps(line) && (reached === null || line > reached)) reached = line;
  return reached;
}

export interface MonthBurden {
  /** Repayments ÷ income. */
  share: number;
  over: boolean;
}

/** Each month's repayments as a share of the monthly income, marked when above the threshold; null without an income. */
export function monthlyBurden(totals: readonly Fen[], settings: PlanningSettings): MonthBurden[] | null {
  const income = settings.monthlyIncome;
  if (!income) return null;
  const threshold = settings.burdenThreshold ?? DEFAULT_BURDEN_THRESHOLD;
  // "Above" with a margin below a fen: 35 % of 1,500,000 is 524,999.99999… in binary, and 525,000 is not above it.
  return totals.map((total) => ({ share: total / income, over: total - income * threshold > 1e-6 }));
}
