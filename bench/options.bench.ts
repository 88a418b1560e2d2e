// The options page at 2,000 plans: its plans (OPTIONS_PLAN) in the DOM, measured from navigation start by
// the same probe as the popup, next to the plain-DOM floor (same reads, same number of rows), and the
// JavaScript it loads until its plan list has settled (gzip).
import { type BenchRow, FLOOR_ROW, floorPath, gzipKb, loadProbed, median, OPTIONS_PLAN, openSession, readKeys, seedPlans } from './helpers';
import { portfolio } from './portfolio';

const PLANS = 2000;
const RUNS = 5;

export default async function optionsBench(): Promise<BenchRow[]> {
  const session = await openSession();
  try {
    await seedPlans(session, portfolio(PLANS));
    const seen = await loadProbed(session, 'options.html#plans', { selector: OPTIONS_PLAN });
    const keys = readKeys(seen.gets);
    const ours: number[] = [];
    const floors: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      ours.push((await loadProbed(session, 'options.html#plans', { selector: OPTIONS_PLAN, want: seen.rows })).ms);
      floors.push((await loadProbed(session, floorPath(keys, seen.rows), { selector: FLOOR_ROW, want: seen.rows })).ms);
    }
    return [
      {
        name: `options first-load JavaScript, plans page (${seen.scripts.length} files, gzip)`,
        value: gzipKb(seen.scripts),
        unit: 'KB',
        budget: { max: 40 },
      },
      {
        name: `options plans page, ${PLANS} plans: ${seen.rows} plans in DOM (median of ${RUNS})`,
        value: median(ours),
        floor: median(floors),
        unit: 'ms',
        budget: { max: 300 },
      },
    ];
  } finally {
    await session.close();
  }
}
