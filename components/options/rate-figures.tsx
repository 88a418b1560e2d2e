import type { AnnualizedRate } from '../../lib/core/rate';
import { RateWarning } from './rate-warning';
import { useTexts } from './texts';

/**
 * The true cost of credit: what the user pays on top of the principal and the annualized rate; `fee`, a
 * fee plan's per-period rate, is shown beside its annual rate, with any warning line the rate reaches.
 * Each rate says in a line what it is, except on a `brief` plan card in the list.
 */
export function RateFigures({
  rate,
  cost,
  total,
  id,
  fee,
  brief = false,
}: {
  rate: AnnualizedRate;
  cost: number;
  total: number;
  id?: string;
  fee?: number;
  brief?: boolean;
}) {
  const { t, money, percent } = useTexts();
  return (
    <>
      <dl class="figures" id={id}>
        <div>
          <dt>{t('figures.nominal')}</dt>
          <dd data-figure="nominal">{percent(rate.nominal)}</dd>
          {!brief && <dd class="figures__hint">{t('figures.nominalHint')}</dd>}
        </div>
        <div>
          <dt>{t('figures.effective')}</dt>
          <dd data-figure="effective">{percent(rate.effective)}</dd>
          {!brief && <dd class="figures__hint">{t('figures.effectiveHint')}</dd>}
        </div>
        <div>
          <dt>{t('figures.cost')}</dt>
          <dd data-figure="cost">{money(cost)}</dd>
        </div>
        <div>
          <dt>{t('figures.total')}</dt>
          <dd data-figure="total">{money(total)}</dd>
        </div>
      </dl>
      <RateWarning rate={rate} fee={fee} />
    </>
  );
}
