import { describe, expect, it } from 'vitest';
import { syncStatusLines } from '../../../components/options/sync-status-lines';
import { makeTexts } from '../../../components/options/texts';
import enCommon from '../../../lib/i18n/locales/en/common';
import en from '../../../lib/i18n/locales/en/options';
import enPages from '../../../lib/i18n/locales/en/options-pages';
import { optionsMessages } from '../../../lib/i18n/options';
import type { SyncStatus } from '../../../lib/sync/status';

const texts = makeTexts('en', optionsMessages({ options: { ...en, ...enPages }, common: enCommon }, 'en'));
const status = (fields: Partial<SyncStatus>): SyncStatus => ({
  state: 'ok',
  at: 0,
  synced: 3,
  total: 3,
  left: [],
  bytes: 2048,
  budget: 102_400,
  unreadable: 0,
  incomplete: 0,
  conflicts: [],
  ...fields,
});
const shown = (value: SyncStatus) => syncStatusLines(value, texts).map(({ key, alert }) => `${key}${alert ? '!' : ''}`);

describe('the sync status in words', () => {
  it('says all plans are synced when everything fits', () => {
    expect(syncStatusLines(status({}), texts)).toEqual([{ key: 'ok', text: 'Synced: all 3 plans', alert: false }]);
  });

  it('names the plans kept here only, with the bytes used, instead of "synced"', () => {
    const [line] = syncStatusLines(status({ state: 'partial', synced: 2, left: [{ id: 'p3', title: 'Phone' }] }), texts);
    expect(line).toMatchObject({ key: 'partial', alert: true });
    // 2,048 bytes are 2.0 KB of the 100.0 KB budget.
    expect(line?.text).toContain('2 of 3 plans fit (2.0 KB of 100.0 KB used)');
    expect(line?.text).toContain('Phone');
  });

  it('puts a refused write first, then the wait, the parts arriving and what cannot be read', () => {
    const lines = shown(status({ state: 'error', error: 'sync.err.quota', incomplete: 1, unreadable: 2 }));
    expect(lines).toEqual(['error!', 'incomplete', 'unreadable!']);
    expect(shown(status({ state: 'waiting' }))).toEqual(['waiting']);
    expect(shown(status({ state: 'paused', error: 'err.newerData' }))).toEqual(['error!', 'paused!']);
  });
});
