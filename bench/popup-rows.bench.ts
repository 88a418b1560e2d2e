// The popup's rows in the DOM, measured from navigation start by a MutationObserver installed before any
// of its scripts (bench/helpers.ts probe), against the plain-DOM floor: a bench-only page of the same
// origin that makes the same chrome.storage.local reads the popup made and appends as many rows.
//   warm: the browser has already shown the popup; cold: the first page after a browser restart.
//   agenda: the background's agenda is fresh; fallback: the page's clock is a day ahead, as on a new
//   day before the background ran, so the popup computes from the plans.
// Every measurement starts with the background idle (bench/helpers.ts flushBackground): no race with the
// agenda the background writes when it starts.
import { rmSync } from 'node:fs';
import {
  type BenchRow,
  FLOOR_ROW,
  floorPath,
  flushBackground,
  gzipKb,
  type Load,
  loadProbed,
  median,
  openSession,
  POPUP_ROW,
  readKeys,
  type Session,
  seedPlans,
  tempProfile,
} from './helpers';
import { portfolio } from './portfolio';

const SIZES = [200, 1000];
// Eleven warm loads of each: one run's medians of seven moved a ratio by 0.2 between runs of the bench.
const WARM_RUNS = 11;
// Cold loads vary most (a browser start each, on a renderer whose main thread is busy starting up): nine.
// Thirty loads of each page in a row put one cold load anywhere in 96–252 ms (floor 70–158 ms), and
// medians of five of them moved a ratio by up to ±0.2 between runs of the bench.
const COLD_RUNS = 9;
const RATIO = 1.3;
const MODES = { agenda: 0, fallback: 1 } as const;
type Mode = keyof typeof MODES;

interface Case {
  rows: number;
  keys: string[] | null;
  scripts: string[];
}

const popup = (session: Session, mode: Mode, want?: number) =>
  loadProbed(session, 'popup.html', { selector: POPUP_ROW, want, shiftDays: MODES[mode] });
const floor = (session: Session, c: Case) => loadProbed(session, floorPath(c.keys, c.rows), { selector: FLOOR_ROW, want: c.rows });

/** The popup once, until its row count holds: how many rows, what it read, which scripts it loaded. */
async function discover(session: Session, mode: Mode): Promise<Case> {
  const seen = await popup(session, mode);
  return { rows: seen.rows, keys: readKeys(seen.gets), scripts: seen.scripts };
}

/** A fresh browser on the seeded profile, idle, then exactly one page: the popup or the floor. */
async function coldLoad(profile: string, open: (session: Session) => Promise<Load>): Promise<number> {
  const session = await openSession(profile);
  try {
    await flushBackground(session);
    return (await open(session)).ms;
  } finally {
    await session.close();
  }
}

function rowsFor(size: number, temperature: string, mode: Mode, c: Case, ours: number[], floors: number[]): BenchRow {
  return {
    name: `popup rows in DOM, ${temperature}, ${mode}, ${size} plans (${c.rows} rows)`,
    value: median(ours),
    floor: median(floors),
    unit: 'ms',
    budget: { ratio: RATIO },
  };
}

export default async function popupRowsBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of SIZES) {
    const profile = tempProfile();
    const session = await openSession(profile);
    const cases = {} as Record<Mode, Case>;
    const results: BenchRow[] = [];
    try {
      await seedPlans(session, portfolio(size));
      for (const mode of Object.keys(MODES) as Mode[]) cases[mode] = await discover(session, mode);
      // The floor's warm-up, as the discovery runs were the popup's.
      for (const mode of Object.keys(MODES) as Mode[]) await floor(session, cases[mode]);
      const warm = { agenda: { ours: [] as number[], floors: [] as number[] }, fallback: { ours: [] as number[], floors: [] as number[] } };
      for (let run = 0; run < WARM_RUNS; run++) {
        for (const mode of Object.keys(MODES) as Mode[]) {
          warm[mode].ours.push((await popup(session, mode, cases[mode].rows)).ms);
          warm[mode].floors.push((await floor(session, cases[mode])).ms);
        }
      }
      for (const mode of Object.keys(MODES) as Mode[])
        results.push(rowsFor(size, 'warm', mode, cases[mode], warm[mode].ours, warm[mode].floors));
      if (size === SIZES[0]) {
        rows.push({
          name: `popup first-load JavaScript, agenda (${cases.agenda.scripts.length} files, gzip)`,
          value: gzipKb(cases.agenda.scripts),
          unit: 'KB',
          budget: { max: 15 },
        });
        rows.push({
          name: `popup JavaScript with the fallback (${cases.fallback.scripts.length} files, gzip)`,
          value: gzipKb(cases.fallback.scripts),
          unit: 'KB',
        });
      }
    } catch (error) {
      rmSync(profile, { recursive: true, force: true });
      throw error;
    } finally {
      await session.close();
    }
    try {
      for (const mode of Object.keys(MODES) as Mode[]) {
        const ours: number[] = [];
        const floors: number[] = [];
        for (let run = 0; run < COLD_RUNS; run++) {
          ours.push(await coldLoad(profile, (s) => popup(s, mode, cases[mode].rows)));
          floors.push(await coldLoad(profile, (s) => floor(s, cases[mode])));
        }
        results.push(rowsFor(size, 'cold', mode, cases[mode], ours, floors));
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    rows.push(...results);
  }
  return rows;
}
