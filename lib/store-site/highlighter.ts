import type { LabelKind } from './adapter';
import { HIGHLIGHT_CSS } from './panel-style';

export const HIGHLIGHT_ATTRIBUTE = 'data-repay-highlight';

/**
 * Owns every `data-repay-highlight` attribute and the one sheet that styles them. `apply` takes the
 * wanted marks and changes only what differs, so an unchanged page sees no DOM writes at all.
 */
export function createHighlighter(doc: Document) {
  const marked = new Map<Element, LabelKind>();
  let sheet: HTMLStyleElement | null = null;

  function ensureSheet(): void {
    if (sheet?.isConnected) return;
    sheet ??= doc.createElement('style');
    sheet.textContent = HIGHLIGHT_CSS;
    (doc.head ?? doc.documentElement).append(sheet);
  }

  function apply(wanted: Map<Element, LabelKind>): void {
    for (const [element] of marked) {
      if (!wanted.has(element)) {
        element.removeAttribute(HIGHLIGHT_ATTRIBUTE);
        marked.delete(element);
      }
    }
    for (const [element, kind] of wanted) {
      if (marked.get(element) === kind) continue;
      element.setAttribute(HIGHLIGHT_ATTRIBUTE, kind);
      marked.set(element, kind);
    }
    if (marked.size > 0) ensureSheet();
  }

  function clear(): void {
    apply(new Map());
    sheet?.remove();
    sheet = null;
  }

  return {
    apply,
    clear,
    isOwn: (node: Node) => node === sheet,
    get size() {
      return marked.size;
    },
  };
}

export type Highlighter = ReturnType<typeof createHighlighter>;
