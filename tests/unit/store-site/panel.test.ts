// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ImportProposal } from '../../../lib/core/import-proposal';
import { storeMessages } from '../../../lib/i18n/store';
import { createPanel, type PanelView } from '../../../lib/store-site/panel';

const view = (proposal: ImportProposal): PanelView => ({
  reading: { overdue: false, zeroLimit: false, plan: [] },
  comparison: { mismatches: [], untracked: true },
  snapshotOk: true,
  proposal,
  lenderName: '小米分期',
});
const proposalFor = (dueDate: string): ImportProposal => ({
  sourceUrl: 'https://jr.mi.com/bill',
  title: '小米分期',
  installments: [{ dueDate, amount: 107_200 }],
});
const importButton = () => document.querySelector<HTMLButtonElement>('[data-part="import"] button');

describe('the panel’s import offer', () => {
  it('is sent once for a plan, and offered afresh for the next plan the page moves to', async () => {
    const sent: ImportProposal[] = [];
    const panel = createPanel({
      locale: 'zh-CN',
      t: storeMessages('zh-CN'),
      propose: async (p) => Boolean(sent.push(p)),
      root: document.body,
      onLayout: () => undefined,
    });
    panel.render(view(proposalFor('2027-01-10')));
    importButton()?.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent).toHaveLength(1);
    expect(importButton()?.disabled).toBe(true);

    panel.render(view(proposalFor('2027-03-05')));
    expect(importButton()?.disabled).toBe(false);
    panel.remove();
  });
});
