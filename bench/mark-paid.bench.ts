// "Mark paid" as the popup sends it: the recordPayment command from an extension page, timed from send to
// answer, with 1, 200 and 1,000 plans stored (the 1-plan time is the floor). Then 100 commands at once at
// 1,000 plans: time until the last answer, and how long after it the background kept writing.
// "Quiet" (bench/floor/bench-floor.js quiet()): no chrome.storage.onChanged event in the local area for
// QUIET_MS; the figure is the last change's time minus the last answer's, so the window itself is not in it.
import type { Plan } from '../lib/core/schemas';
import { seedPlan, shanghaiDate } from '../tests/e2e/seed';
import { type BenchRow, flushBackground, median, openSession, QUIET_MS, seedPlans, send } from './helpers';
import { openPeriods, portfolio } from './portfolio';

const RUNS = 5;
const BURST = 100;
const BURST_RUNS = 3;
/** Stop repeating the burst once it has taken this long (a slow build still gets one figure). */
const BURST_TIME_LIMIT_MS = 30_000;
/** A burst's answers, and then its quiet, are waited for this long at most: past it the figure is a lower bound. */
const DEADLINE_MS = 10_000;

type Target = { planId: string; period: number };
type Burst = { answeredMs: number; quietMs: number; changes: number; ok: number; answered: number; late: boolean; timedOut: boolean };

/** One plan of 36 unpaid periods: each run pays the next one. */
function solo(): { plans: Plan[]; targets: Target[] } {
  const plan = seedPlan({ id: 'bench-solo', periods: 36, principal: 3_600_000, firstDueDate: shanghaiDate(5) });
  return { plans: [plan], targets: Array.from({ length: RUNS }, (_, i) => ({ planId: plan.id, period: i + 1 })) };
}

function many(count: number): { plans: Plan[]; targets: Target[] } {
  const plans = portfolio(count);
  return { plans, targets: openPeriods(plans) };
}

export default async function markPaidBench(): Promise<BenchRow[]> {
  const today = shanghaiDate(0);
  const times = new Map<number, number[]>();
  const failures: string[] = [];
  const bursts: Burst[] = [];
  for (const [size, data] of [
    [1, solo()],
    [200, many(200)],
    [1000, many(1000)],
  ] as const) {
    const session = await openSession();
    try {
      await seedPlans(session, data.plans);
      const ms: number[] = [];
      for (const target of data.targets.slice(0, RUNS)) {
        const answer = await send(session, 'recordPayment', { ...target, date: today });
        if (answer.res?.ok) ms.push(answer.ms);
        else failures.push(`${size} plans: ${JSON.stringify(answer.res?.error ?? answer.err)}`);
        await flushBackground(session);
      }
      times.set(size, ms);
      if (size !== 1000) continue;
      const started = Date.now();
      const rest = data.targets.slice(RUNS);
      for (let run = 0; run < BURST_RUNS && Date.now() - started < BURST_TIME_LIMIT_MS; run++) {
        const commands = rest
          .slice(run * BURST, (run + 1) * BURST)
          .map((target) => ({ type: 'recordPayment', data: { ...target, date: today } }));
        if (commands.length < BURST) break;
        const page = await session.harness();
        const burst = await page.evaluate(
          ([list, quiet, deadline]) =>
            (window as unknown as { bench: { burst: (...a: unknown[]) => Promise<Burst> } }).bench.burst(list, quiet, deadline),
          [commands, QUIET_MS, DEADLINE_MS] as const,
        );
        bursts.push(burst);
        // A burst still being worked through is left to die with the browser.
        if (burst.late || burst.timedOut) break;
        await flushBackground(session);
      }
    } finally {
      await session.close();
    }
  }
  const one = median(times.get(1) ?? []);
  const late = bursts.filter((b) => b.late);
  const burstNote = [
    late.length > 0 ? `gave up after ${DEADLINE_MS / 1000} s with ${late.map((b) => b.answered).join(', ')} of ${BURST} answered` : '',
    bursts.some((b) => b.ok < b.answered) ? `answers ok: ${bursts.map((b) => b.ok).join(', ')}` : '',
    bursts.some((b) => b.timedOut) ? `storage still changing ${DEADLINE_MS / 1000} s after the last answer` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return [
    { name: `mark paid (recordPayment answer), 1 plan, median of ${RUNS}`, value: one, unit: 'ms', note: failures.join('; ') || undefined },
    { name: 'mark paid, 200 plans', value: median(times.get(200) ?? []), floor: one, unit: 'ms' },
    { name: 'mark paid, 1000 plans', value: median(times.get(1000) ?? []), floor: one, unit: 'ms', budget: { ratio: 2 } },
    {
      name: `${BURST} commands at once, 1000 plans: last answer (median of ${bursts.length})`,
      value: median(bursts.map((b) => b.answeredMs)),
      unit: 'ms',
      budget: { max: 3000 },
      note: burstNote || undefined,
    },
    {
      name: `${BURST} commands: storage quiet after the last answer (${QUIET_MS} ms window)`,
      value: median(bursts.map((b) => b.quietMs)),
      unit: 'ms',
      budget: { max: 1000 },
    },
    { name: `${BURST} commands: storage changes seen`, value: median(bursts.map((b) => b.changes)), unit: 'events' },
  ];
}
