import { browser } from 'wxt/browser';
import { isPlansOrSettingsKey } from '../storage/followed';
import type { RepayService } from './service';

// When a sync pass runs: a change arriving in the sync area, a change here to the plans or settings,
// the worker's start, and when the write budget (or a refused write) says to try again. Passes are
// coalesced: a burst of changes is one pass, and so one write to the sync area.

export const SYNC_ALARM = 'repay-sync';
const SETTLE_MS = 400;

export function registerSyncListeners(service: RepayService): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const request = (delay = SETTLE_MS) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void run();
    }, delay);
  };
  const run = async () => {
    const result = await service.execute('syncNow', undefined, 'extension');
    const retryAt = result.ok ? (result.value as { retryAt: number | null }).retryAt : null;
    if (retryAt === null) return;
    // A timer while the worker lives, and an alarm in case it sleeps first.
    request(Math.max(SETTLE_MS, retryAt - Date.now()));
    await browser.alarms.create(SYNC_ALARM, { when: Math.max(retryAt, Date.now() + 30_000) });
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' || (area === 'local' && Object.keys(changes).some(isPlansOrSettingsKey))) request();
  };
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === SYNC_ALARM) request(0);
  };
  browser.storage.onChanged.addListener(onChanged);
  browser.alarms.onAlarm.addListener(onAlarm);
  request();
  return () => {
    browser.storage.onChanged.removeListener(onChanged);
    browser.alarms.onAlarm.removeListener(onAlarm);
    if (timer) clearTimeout(timer);
  };
}
