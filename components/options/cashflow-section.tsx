import { useEffect, useRef, useState } from 'preact/hooks';
import type { IsoDate } from '../../lib/core/dates';
import type { Plan } from '../../lib/core/schemas';
import { lazyExport } from './lazy-page';
import { useTexts } from './texts';

// The chart (and dayjs, which its months come from) is not part of the page's first load: below a long
// list it may never be seen, so it loads when its section comes near the screen.
const useChart = lazyExport(() => import('./cashflow-chart').then((module) => module.CashflowChart));

export function CashflowSection({ plans, today }: { plans: readonly Plan[]; today: IsoDate }) {
  const { t } = useTexts();
  const section = useRef<HTMLElement>(null);
  const [near, setNear] = useState(typeof IntersectionObserver !== 'function');
  useEffect(() => {
    if (near || !section.current) return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && setNear(true), {
      rootMargin: '400px',
    });
    observer.observe(section.current);
    return () => observer.disconnect();
  }, [near]);
  const Chart = useChart(near);
  return (
    <section ref={section} aria-labelledby="cashflow-heading" class="panel">
      <h2 id="cashflow-heading">{t('cashflow.heading')}</h2>
      {Chart ? <Chart plans={plans} today={today} /> : <div class="cashflow__pending" aria-busy="true" />}
    </section>
  );
}
