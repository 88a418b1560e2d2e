import type { ImportProposal } from '../core/import-proposal';
import type { Locale } from '../i18n/translate';
import { createImportOffer } from './import-offer';
import { type PanelModel, type PanelView, panelModel } from './panel-model';
import { createSectionDrawer, h, type Translate } from './panel-sections';
import { PANEL_CSS } from './panel-style';

export type { PanelView } from './panel-model';

export interface PanelDeps {
  locale: Locale;
  t: Translate;
  propose: (proposal: ImportProposal) => Promise<boolean>;
}

export const PANEL_TAG = 'repay-helper-panel';

/** The panel's lasting nodes, built once per mount: the host, its header and the fold toggle. */
function buildFrame(t: Translate, onFold: () => void, onClose: () => void) {
  const host = document.createElement(PANEL_TAG);
  const fold = h('button', { type: 'button', class: 'close fold', 'aria-label': t('collapse') });
  const close = h('button', { type: 'button', class: 'close', 'aria-label': t('close') }, '×');
  fold.addEventListener('click', onFold);
  close.addEventListener('click', onClose);
  const header = h('header', {}, h('h2', {}, t('panelLabel')), h('span', {}, fold, close));
  const aside = h('aside', { class: 'panel', 'aria-label': t('panelLabel') }, header);
  host.attachShadow({ mode: 'open' }).append(h('style', {}, PANEL_CSS), aside);
  return { host, fold, header, aside };
}

/**
 * The shadow-root panel. Its state: the model it shows, whether the user folded it down to its header
 * (so it covers as little of the page as possible) or closed it for the life of the page, and its
 * mounted nodes. `render` draws a view's model when it differs from the one shown; `remove` unmounts.
 */
export function createPanel({ locale, t, propose }: PanelDeps) {
  const drawSections = createSectionDrawer(locale, t, createImportOffer(t, propose));
  let frame: ReturnType<typeof buildFrame> | null = null;
  let model: PanelModel | null = null;
  let shownKey = '';
  let folded = false;
  let closed = false;

  /** Everything after the header: the model's sections, or nothing while folded. */
  function drawBody(): void {
    if (!frame || !model) return;
    frame.fold.setAttribute('aria-expanded', String(!folded));
    frame.fold.textContent = folded ? '▴' : '▾';
    frame.aside.replaceChildren(frame.header, ...(folded ? [] : drawSections(model)));
  }

  function toggleFold(): void {
    folded = !folded;
    drawBody();
    // A programmatic or keyboard toggle keeps focus where the user is.
    frame?.fold.focus();
  }

  function remove(): void {
    frame?.host.remove();
    frame = null;
  }

  function render(view: PanelView): void {
    if (closed) return;
    const next = panelModel(view);
    const key = JSON.stringify(next);
    if (key === shownKey && frame?.host.isConnected) return;
    model = next;
    shownKey = key;
    frame ??= buildFrame(t, toggleFold, () => {
      closed = true;
      remove();
    });
    if (!frame.host.isConnected) document.documentElement.append(frame.host);
    drawBody();
  }

  return { render, remove, isOwn: (node: Node) => node === frame?.host };
}
