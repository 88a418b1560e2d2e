import type { AnnualizedRate } from '../../lib/core/rate';
import { lineReached, rateLinesOf } from '../../lib/core/rate-lines';
import { usePlanningSettings } from './planning-context';
import { useTexts } from './texts';

/** The decimals a line needs: 24 % → 0, 15.4 % → 1, 15.45 % → 2. */
const decimalsOf = (line: number) => {
  const basisPoints = Math.round(line * 10_000);
  return basisPoints % 100 === 0 ? 0 : basisPoints % 10 === 0 ? 1 : 2;
};

/**
 * Beside a plan's true rate: the per-period fee it comes from ("每期 0.6 %，折合年化约 13.03 %") and the
 * warning line it reaches, if any.
 */
export function RateWarning({ rate, fee }: { rate: AnnualizedRate; fee?: number }) {
  const { t, percent } = useTexts();
  const line = lineReached(rate.nominal, rateLinesOf(usePlanningSettings()));
  if (fee === undefined && line === null) return null;
  return (
    <p class="rate-notes">
      {fee !== undefined && (
        <span data-figure="per-period">{t('rateLine.perPeriod', { fee: percent(fee), rate: percent(rate.nominal) })}</span>
      )}
      {line !== null && (
        <strong class="chip chip--danger" data-rate-line={line}>
          {t('rateLine.over', { rate: percent(rate.nominal), line: percent(line, decimalsOf(line)) })}
        </strong>
      )}
    </p>
  );
}
