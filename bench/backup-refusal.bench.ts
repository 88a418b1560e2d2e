// An oversized backup is refused at once (README, "What the background guarantees"): the background's
// importBackup, sent a 50,000-plan backup from an extension page as the options page sends one, answers
// err.backupTooManyPlans; timed from send to answer, the message's passing included. Its floor is the same
// message sent to no listener at all (the browser's own cost of carrying it). The same count of minimal
// plans shows the background's check without most of that cost. Then the options page given a 6 MB
// file: timed in the page from the input's change event to the refusal shown.
// Measured here, never in timed tests: the figures depend on the machine.
import { buildBackup } from '../lib/core/backup';
import { DEFAULT_SETTINGS } from '../lib/core/schemas';
import { type BenchRow, median, openSession, seedPlans } from './helpers';
import { portfolio } from './portfolio';

// Seven, each order of message and floor in turn: medians of three, the floor always sent last, put the
// ratio anywhere in 0.93–1.20 between runs of one build.
const RUNS = 7;
const HUGE = 50_000;
const FILE_BYTES = 6 * 1024 * 1024;

type Answer = { ms: number; res?: { ok: boolean; error?: { message: string } }; err?: string };

export default async function backupRefusalBench(): Promise<BenchRow[]> {
  const session = await openSession();
  const notes: string[] = [];
  const sendMs: number[] = [];
  const smallMs: number[] = [];
  const floorMs: number[] = [];
  const pageMs: number[] = [];
  let bytes = 0;
  let smallBytes = 0;
  try {
    // A first command that succeeds: the harness then knows the message shape and sends each command once.
    await seedPlans(session, portfolio(10));
    const [plan] = portfolio(1);
    const template = buildBackup(plan ? [plan] : [], DEFAULT_SETTINGS, Date.now());
    const harness = await session.harness();
    bytes = await harness.evaluate(
      ([backup, count]) => {
        const one = (backup as { plans: Record<string, unknown>[] }).plans[0] ?? {};
        const plans = Array.from({ length: count }, (_, i) => ({ ...one, id: `huge-${i}`, title: `计划 ${i + 1}` }));
        (window as unknown as { huge: unknown }).huge = { ...(backup as object), plans };
        return JSON.stringify((window as unknown as { huge: unknown }).huge).length;
      },
      [template, HUGE] as const,
    );
    smallBytes = await harness.evaluate(
      ([backup, count]) => {
        (window as unknown as { small: unknown }).small = { ...(backup as object), plans: Array.from({ length: count }, () => ({})) };
        return JSON.stringify((window as unknown as { small: unknown }).small).length;
      },
      [template, HUGE] as const,
    );
    // The browser's part: the same message to a type no listener answers.
    const floorOnce = async () =>
      floorMs.push(
        await harness.evaluate(async () => {
          const start = performance.now();
          const data = { clientId: crypto.randomUUID(), input: { backup: (window as unknown as { huge: unknown }).huge } };
          await chrome.runtime.sendMessage({ id: 1, type: 'benchNoSuchCommand', data, timestamp: Date.now() }).catch(() => undefined);
          return performance.now() - start;
        }),
      );
    for (let run = 0; run < RUNS; run++) {
      if (run % 2 === 1) await floorOnce();
      for (const [name, times] of [
        ['huge', sendMs],
        ['small', smallMs],
      ] as const) {
        const answer = (await harness.evaluate(
          (which) =>
            (window as unknown as { bench: { send: (...a: unknown[]) => Promise<unknown> } }).bench.send('importBackup', {
              backup: (window as unknown as Record<string, unknown>)[which],
            }),
          name,
        )) as Answer;
        if (answer.res?.ok === false && answer.res.error?.message === 'err.backupTooManyPlans') times.push(answer.ms);
        else notes.push(`${name} run ${run + 1}: ${JSON.stringify(answer.res ?? answer.err)}`);
      }
      if (run % 2 === 0) await floorOnce();
    }

    // The options page, given a file over the 5 MB cap: refused before it is read.
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.id}/options.html#backup`);
    const input = page.locator('#backup-file');
    await input.waitFor({ state: 'attached' });
    const file = { name: 'huge-backup.json', mimeType: 'application/json', buffer: Buffer.alloc(FILE_BYTES, 0x20) };
    for (let run = 0; run < RUNS; run++) {
      await page.evaluate(() => {
        const state = { changed: 0, refused: 0 };
        (window as unknown as { refusal: typeof state }).refusal = state;
        document.querySelector('#backup-file')?.addEventListener('change', () => (state.changed = performance.now()), {
          capture: true,
          once: true,
        });
        const observer = new MutationObserver(() => {
          if (state.changed && document.body.textContent?.includes('备份文件超过 5 MB')) {
            state.refused = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
      await input.setInputFiles(file);
      const state = await page
        .waitForFunction(() => (window as unknown as { refusal: { refused: number } }).refusal.refused > 0, undefined, { timeout: 10_000 })
        .then(() => page.evaluate(() => (window as unknown as { refusal: { changed: number; refused: number } }).refusal))
        .catch(() => null);
      if (state) pageMs.push(state.refused - state.changed);
      else notes.push(`options page run ${run + 1}: no refusal shown in 10 s`);
      await page.reload();
      await input.waitFor({ state: 'attached' });
    }
  } finally {
    await session.close();
  }
  return [
    {
      name: `backup of ${HUGE.toLocaleString('en')} plans (${(bytes / 1024 / 1024).toFixed(0)} MB) refused by importBackup, median of ${RUNS}`,
      value: median(sendMs),
      floor: median(floorMs),
      unit: 'ms',
      // A message this size costs the browser about 2 s to carry before any listener sees it (the floor):
      // what the background adds must stay small. No view sends one: the options page refuses the file first.
      budget: { ratio: 1.2 },
      note: notes.join('; ') || undefined,
    },
    {
      name: `backup of ${HUGE.toLocaleString('en')} empty plans (${(smallBytes / 1024 / 1024).toFixed(1)} MB) refused by importBackup, median of ${RUNS}`,
      value: median(smallMs),
      unit: 'ms',
      budget: { max: 1000 },
    },
    {
      name: `6 MB file refused in the options page (change → refusal shown), median of ${RUNS}`,
      value: median(pageMs),
      unit: 'ms',
      budget: { max: 1000 },
    },
  ];
}
