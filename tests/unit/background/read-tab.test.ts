import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PAGE_READER_FILE } from '../../../lib/background/read-tab';
import { at, harness, storedPlans } from './harness';

// "Read this page" in the background: the packaged reader runs in the tab (the browser refuses without
// the user's activeTab grant), and what it answers is checked like any untrusted message.

const reading = {
  overdue: false,
  zeroLimit: false,
  dueAmount: 876_543,
  dueDate: '2026-12-18',
  plan: [],
};
const answer = {
  sourceUrl: 'https://xyk.cmbchina.com/statement/view',
  title: '招商银行信用卡 - 电子账单',
  brand: '招商银行信用卡 - 电子账单 招商银行信用卡电子账单',
  reading,
};

/** The tab's answer to the injection, or the browser's refusal. */
function tabAnswers(result: unknown | Error) {
  const calls: unknown[] = [];
  Object.assign(fakeBrowser, {
    scripting: {
      executeScript: async (injection: unknown) => {
        calls.push(injection);
        if (result instanceof Error) throw result;
        return [{ frameId: 0, result }];
      },
    },
  });
  return calls;
}

describe('readThisPage', () => {
  it('injects the packaged reader into that tab only, and proposes the bill it read', async () => {
    const { service, env } = await harness({ now: at('2026-11-25', 10) });
    const calls = tabAnswers(answer);
    expect(await service.execute('readThisPage', { tabId: 7 }, 'extension')).toEqual({ ok: true, value: { installments: 1 } });
    expect(calls).toEqual([{ target: { tabId: 7 }, files: [PAGE_READER_FILE] }]);
    expect((await fakeBrowser.storage.local.get('importProposal')).importProposal).toMatchObject({
      sourceUrl: 'https://xyk.cmbchina.com/statement/view',
      title: '招商银行信用卡',
      installments: [{ dueDate: '2026-12-18', amount: 876_543 }],
      lender: { kind: 'card', name: '招商银行' },
    });
    expect(env.opened).toEqual(['/options.html#import-proposal']);
    expect(await storedPlans()).toEqual([]);
  });

  it('says the browser refused when the tab was not granted (no click), and stores nothing', async () => {
    const { service, env } = await harness({ now: at('2026-11-25', 10) });
    tabAnswers(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
    expect(await service.execute('readThisPage', { tabId: 7 }, 'extension')).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'err.readPageRefused' },
    });
    expect((await fakeBrowser.storage.local.get('importProposal')).importProposal).toBeUndefined();
    expect(env.opened).toEqual([]);
  });

  it.each([
    ['no answer', undefined],
    ['a script address', { ...answer, sourceUrl: 'javascript:alert(1)//' }],
    ['a negative amount', { ...answer, reading: { ...reading, dueAmount: -1 } }],
    ['an impossible date', { ...answer, reading: { ...reading, dueDate: '2026-02-30' } }],
    ['an overlong title', { ...answer, title: 'x'.repeat(10_000) }],
    [
      'a plan of 400 rows',
      { ...answer, reading: { ...reading, plan: Array(400).fill({ dueDate: '2026-12-18', amount: 100, paid: false }) } },
    ],
  ])('refuses an answer with %s, proposing nothing', async (_case, result) => {
    const { service, env } = await harness({ now: at('2026-11-25', 10) });
    tabAnswers(result);
    expect(await service.execute('readThisPage', { tabId: 7 }, 'extension')).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'err.readPageUnreadable' },
    });
    expect(env.opened).toEqual([]);
  });

  it('answers 0 installments for a page with no bill, and opens nothing', async () => {
    const { service, env } = await harness({ now: at('2026-11-25', 10) });
    tabAnswers({ ...answer, reading: null });
    expect(await service.execute('readThisPage', { tabId: 7 }, 'extension')).toEqual({ ok: true, value: { installments: 0 } });
    expect(env.opened).toEqual([]);
  });

  it('is the extension pages own: a content script may not ask for a read', async () => {
    const { service } = await harness({ now: at('2026-11-25', 10) });
    const calls = tabAnswers(answer);
    expect(await service.execute('readThisPage', { tabId: 7 }, 'content-script')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(calls).toEqual([]);
  });
});
