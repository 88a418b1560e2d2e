import type { ImportProposal } from '../core/import-proposal';
import { h, type Translate } from './panel-sections';

/** Where the offer stands for the proposal it was last shown with. */
type ImportStatus = 'idle' | 'sending' | 'sent' | 'failed';

/**
 * The "add this plan" offer: a button that sends the proposal once, and says how that went. Its status
 * belongs to one proposal: another plan (an SPA move to the next order) starts with a fresh button, not
 * the last one's "sent". It updates its own few nodes, never the rest of the panel.
 */
export function createImportOffer(t: Translate, propose: (proposal: ImportProposal) => Promise<boolean>) {
  let status: ImportStatus = 'idle';
  let proposal: ImportProposal | null = null;
  let proposalKey = '';
  const offer = h('p', {});
  const button = h('button', { type: 'button', class: 'import' });
  const outcome = h('p', { class: 'muted', role: 'status' });
  const section = h('section', { 'data-part': 'import' }, offer, button, outcome);

  function show(next: ImportStatus): void {
    status = next;
    button.textContent = status === 'sending' ? t('importSending') : t('importButton');
    button.toggleAttribute('disabled', status === 'sending' || status === 'sent');
    outcome.textContent = status === 'sent' ? t('importSent') : status === 'failed' ? t('importFailed') : '';
  }

  button.addEventListener('click', async () => {
    if (!proposal) return;
    show('sending');
    show((await propose(proposal)) ? 'sent' : 'failed');
  });

  /** The offer's section for `next`, kept as it is while the proposal is the same plan; `titled` names the plan. */
  return function importOffer(next: ImportProposal, titled = false): HTMLElement {
    const key = JSON.stringify(next.installments);
    proposal = next;
    const count = next.installments.length;
    offer.textContent = titled ? t('importOfferTitled', { title: next.title, count }) : t('importOffer', { count });
    if (key !== proposalKey) {
      proposalKey = key;
      show('idle');
    }
    return section;
  };
}

/**
 * One offer per plan on the page (a page of several orders offers each): an order keeps its offer, and
 * the offer its state, while the page is redrawn. An offer names its plan when there are several or it has an order number.
 */
export function createImportOffers(t: Translate, propose: (proposal: ImportProposal) => Promise<boolean>) {
  const offers = new Map<string, ReturnType<typeof createImportOffer>>();
  return function importOffers(proposals: ImportProposal[]): HTMLElement[] {
    return proposals.map((proposal, index) => {
      const key = proposal.orderNo ?? `#${index}`;
      let offer = offers.get(key);
      if (!offer) {
        offer = createImportOffer(t, propose);
        offers.set(key, offer);
      }
      return offer(proposal, proposals.length > 1 || proposal.orderNo !== undefined);
    });
  };
}
