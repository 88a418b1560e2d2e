import { createPagePlans } from '../../../lib/store-site/page-plans';
import { snapshotEntry } from './page';

/** A background whose answers the test releases one by one. */
function slowBackground() {
  const pending: ((entries: ReturnType<typeof snapshotEntry>[]) => void)[] = [];
  const load = () => new Promise<ReturnType<typeof snapshotEntry>[]>((resolve) => pending.push(resolve));
  return { load, pending };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

it('asks once per page and hands the answer over when it lands', async () => {
  const background = slowBackground();
  const plans = createPagePlans(background.load, new AbortController().signal, 'https://jr.mi.com/a');
  let answered = 0;
  expect(plans.known(() => answered++)).toBeUndefined();
  expect(plans.known(() => answered++)).toBeUndefined();
  expect(background.pending).toHaveLength(1);
  background.pending[0]?.([snapshotEntry()]);
  await settle();
  expect(answered).toBe(1);
  expect(plans.known(() => answered++)?.entries).toHaveLength(1);
});

it('drops an answer that lands after an SPA route change, and asks for the new page', async () => {
  const background = slowBackground();
  const plans = createPagePlans(background.load, new AbortController().signal, 'https://jr.mi.com/a');
  let answered = 0;
  plans.known(() => answered++);
  plans.moveTo('https://jr.mi.com/b');
  plans.known(() => answered++);
  background.pending[0]?.([snapshotEntry()]);
  await settle();
  expect(answered).toBe(0);
  expect(plans.asking).toBe(true);
  background.pending[1]?.([]);
  await settle();
  expect(answered).toBe(1);
  expect(plans.known(() => answered++)?.entries).toEqual([]);
});

it('treats a background that cannot be reached as no answer (null), and asks again after forget()', async () => {
  let calls = 0;
  const plans = createPagePlans(
    async () => {
      calls++;
      throw new Error('Receiving end does not exist.');
    },
    new AbortController().signal,
    'https://jr.mi.com/a',
  );
  plans.known(() => {});
  await settle();
  expect(plans.known(() => {})).toEqual({ entries: null });
  plans.forget();
  plans.known(() => {});
  expect(calls).toBe(2);
});
