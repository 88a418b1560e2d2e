import type { ImportProposal } from '../core/import-proposal';
import type { Locale } from '../i18n/translate';
import { createImportOffers } from './import-offer';
import { type PanelModel, type PanelView, panelModel } from './panel-model';
import { createSectionDrawer, h, type Translate } from './panel-sections';

export type { PanelView } from './panel-model';

/** How much of the page the panel's frame covers: all of its size, its header only, or nothing. */
export type PanelLayout = 'open' | 'folded' | 'closed';

export interface PanelDeps {
  locale: Locale;
  t: Translate;
  propose: (proposal: ImportProposal) => Promise<boolean>;
  /** Where the panel is drawn: the body of its own extension page (the frame on the store page). */
  root: HTMLElement;
  /** The user folded, unfolded or closed it: the frame's size on the page follows. */
  onLayout: (layout: PanelLayout) => void;
}

/** The panel's lasting nodes, built once: its header and the fold toggle. */
function buildFrame(t: Translate, onFold: () => void, onClose: () => void) {
  const fold = h('button', { type: 'button', class: 'close fold', 'aria-label': t('collapse') });
  const close = h('button', { type: 'button', class: 'close', 'aria-label': t('close') }, '×');
  fold.addEventListener('click', onFold);
  close.addEventListener('click', onClose);
  const header = h('header', {}, h('h1', {}, t('panelLabel')), h('span', {}, fold, close));
  // The frame is a document of its own: its one main landmark and level-one heading.
  const aside = h('main', { class: 'panel', 'aria-label': t('panelLabel') }, header);
  return { fold, header, aside };
}

/**
 * The panel, inside the extension-origin frame the store page can neither read nor click. Its state:
 * the model it shows, whether the user folded it down to its header or closed it for the life of the
 * page, and its nodes. `render` draws a view's model when it differs from the one shown.
 */
export function createPanel({ locale, t, propose, root, onLayout }: PanelDeps) {
  const drawSections = createSectionDrawer(locale, t, createImportOffers(t, propose));
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
    onLayout(folded ? 'folded' : 'open');
    // A keyboard toggle keeps focus where the user is.
    frame?.fold.focus();
  }

  function remove(): void {
    frame?.aside.remove();
    frame = null;
  }

  function render(view: PanelView): void {
    if (closed) return;
    const next = panelModel(view);
    const key = JSON.stringify(next);
    if (key === shownKey && frame?.aside.isConnected) return;
    model = next;
    shownKey = key;
    frame ??= buildFrame(t, toggleFold, () => {
      closed = true;
      remove();
      onLayout('closed');
    });
    if (!frame.aside.isConnected) root.append(frame.aside);
    drawBody();
  }

  return { render, remove };
}
