import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRepayService } from '../../../lib/background/service';
import { PROPOSAL_REPEAT_MS } from '../../../lib/background/store-page';
import { at, type Harness, harness } from './harness';

// One confirmation view per proposal: not only within a burst, but for as long as the proposal waits
// for the user's answer, and across worker restarts (a fresh service has no memory of its own).
const proposal = {
  sourceUrl: 'https://jr.mi.com/installment/bill?orderId=5201314',
  title: '小米 15',
  periods: 12,
  installments: [{ period: 1, dueDate: '2027-01-10', amount: 107_200 }],
};
// The burst window is the worker's memory (module state): each test starts on its own day, past it.
const CONFIRMATION = 'chrome-extension://test-extension-id/options.html#import-proposal';

/** The harness, with views opened as real (fake) tabs: what the background can find again. */
async function withTabs(now: number): Promise<Harness> {
  const made = await harness({ now });
  made.env.openExtensionPage = async (path) => {
    made.env.opened.push(path);
    await fakeBrowser.tabs.create({ url: fakeBrowser.runtime.getURL(path as '/options.html') });
  };
  return made;
}
const confirmationTabs = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url === CONFIRMATION);

describe('one confirmation view per proposal', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the same proposal later, or to a restarted worker, brings the open view forward and opens no other', async () => {
    const { service, env } = await withTabs(at('2026-12-01', 10));
    expect(await service.execute('proposeImport', proposal, 'extension')).toEqual({ ok: true, value: null });
    expect(await confirmationTabs()).toHaveLength(1);
    const storedFirst = (await fakeBrowser.storage.local.get('importProposal')).importProposal;

    // Past the burst window, in the same worker.
    env.clock.now += PROPOSAL_REPEAT_MS + 1_000;
    expect(await service.execute('proposeImport', proposal, 'extension')).toEqual({ ok: true, value: null });
    // A restarted worker: a fresh service, with nothing in memory; a minute later; keys in another order.
    const restarted = createRepayService(env);
    env.clock.now += 60_000;
    const reordered = { installments: proposal.installments, periods: 12, title: proposal.title, sourceUrl: proposal.sourceUrl };
    expect(await restarted.execute('proposeImport', reordered, 'extension')).toEqual({ ok: true, value: null });

    expect(env.opened).toEqual(['/options.html#import-proposal']);
    const tabs = await confirmationTabs();
    expect(tabs).toHaveLength(1);
    expect(tabs[0]?.active).toBe(true);
    // The stored proposal is the one first received (its time included).
    expect((await fakeBrowser.storage.local.get('importProposal')).importProposal).toEqual(storedFirst);
  });

  it('opens the view again when the user left it unanswered, and a new one for a different proposal', async () => {
    const { service, env } = await withTabs(at('2026-12-02', 10));
    await service.execute('proposeImport', proposal, 'extension');
    const [tab] = await confirmationTabs();
    // Gone from the view (the fake's tabs.remove is broken: the tab navigates away instead).
    await fakeBrowser.tabs.update(tab?.id ?? -1, { url: 'https://example.com/' });
    env.clock.now += PROPOSAL_REPEAT_MS + 1_000;
    await createRepayService(env).execute('proposeImport', proposal, 'extension');
    expect(env.opened).toHaveLength(2);
    expect(await confirmationTabs()).toHaveLength(1);

    env.clock.now += PROPOSAL_REPEAT_MS + 1_000;
    const other = { ...proposal, installments: [{ period: 1, dueDate: '2027-01-10', amount: 107_300 }] };
    await service.execute('proposeImport', other, 'extension');
    expect(env.opened).toHaveLength(3);
    expect((await fakeBrowser.storage.local.get('importProposal')).importProposal).toMatchObject({ installments: other.installments });
  });

  it('after the user answered (the proposal dismissed), the same proposal is offered again', async () => {
    const { service, env } = await withTabs(at('2026-12-03', 10));
    await service.execute('proposeImport', proposal, 'extension');
    await service.execute('dismissImportProposal', undefined, 'extension');
    env.clock.now += PROPOSAL_REPEAT_MS + 1_000;
    await service.execute('proposeImport', proposal, 'extension');
    expect(env.opened).toHaveLength(2);
    expect((await fakeBrowser.storage.local.get('importProposal')).importProposal).toMatchObject({ receivedAt: env.clock.now });
  });
});
