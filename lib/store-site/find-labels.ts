import type { LabelRule, StoreAdapter } from './adapter';
import { compactText } from './parse-values';

/** A label found on the page: the smallest element whose text holds the rule's words. */
export interface LabelHit {
  rule: LabelRule;
  element: Element;
}

export interface LabelScan {
  labels: LabelHit[];
  /** Short elements saying the available limit is 0. */
  zeroLimit: Element[];
}

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE', 'svg']);
/** Labels are short captions; a long sentence that mentions 逾期 is prose, not a label. */
const MAX_EXTRA_CHARS = 12;
/** Split labels are looked for at most this many elements up from a fragment. */
const MAX_CLIMB = 3;
const MAX_SPLIT_LABEL_CHARS = 40;

/** Every two-character piece of the words, so a text node holding a fragment ("应还") is a candidate. */
function probeFor(words: string[]): RegExp {
  const pieces = new Set<string>();
  for (const word of words) for (let i = 0; i + 2 <= word.length; i++) pieces.add(word.slice(i, i + 2));
  return new RegExp(Array.from(pieces).join('|'));
}

/**
 * Builds the scanner for one adapter. It walks text nodes only (cheap), tests each against a prefilter of
 * word pieces, and looks closer only at the few that pass.
 */
export function createLabelScanner(adapter: StoreAdapter) {
  const labelProbe = probeFor(adapter.labels.map((rule) => rule.text));
  const zeroProbe = new RegExp(adapter.zeroLimitProbe.join('|'));

  const rulesIn = (compact: string, maxExtra: number) =>
    adapter.labels.filter((rule) => compact.includes(rule.text) && compact.length <= rule.text.length + maxExtra);

  function labelsAt(text: Text, parent: Element, out: LabelHit[]): void {
    const compact = compactText(text.data);
    if (/[。!?]/.test(compact)) return;
    const direct = rulesIn(compact, MAX_EXTRA_CHARS);
    for (const rule of direct) out.push({ rule, element: parent });
    if (direct.length > 0) return;
    // A fragment: the label may be split across sibling elements (<span>本期</span><span>应还</span>).
    let element: Element | null = parent;
    for (let level = 0; element && level < MAX_CLIMB; level++, element = element.parentElement) {
      const climbed = compactText(element.textContent ?? '');
      if (climbed.length > MAX_SPLIT_LABEL_CHARS) return;
      const found = rulesIn(climbed, MAX_SPLIT_LABEL_CHARS);
      if (found.length === 0) continue;
      for (const rule of found) out.push({ rule, element });
      return;
    }
  }

  function zeroLimitAt(parent: Element, out: Element[]): void {
    let element: Element | null = parent;
    for (let level = 0; element && level < MAX_CLIMB; level++, element = element.parentElement) {
      const compact = compactText(element.textContent ?? '');
      if (compact.length > MAX_SPLIT_LABEL_CHARS) return;
      if (adapter.zeroLimit.some((pattern) => pattern.test(compact))) {
        out.push(element);
        return;
      }
    }
  }

  /** Scans the text under `root`; `skip` excludes our own elements. */
  return function scanLabels(root: Node, skip: (element: Element) => boolean): LabelScan {
    const result: LabelScan = { labels: [], zeroLimit: [] };
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    const first = root.nodeType === 3 ? (root as Text) : walker.nextNode();
    for (let node = first as Text | null; node; node = walker.nextNode() as Text | null) {
      const data = node.data;
      const isLabel = labelProbe.test(data);
      const isLimit = zeroProbe.test(data);
      if (!isLabel && !isLimit) continue;
      const parent = node.parentElement;
      if (!parent || SKIPPED_TAGS.has(parent.tagName) || skip(parent)) continue;
      if (isLabel) labelsAt(node, parent, result.labels);
      if (isLimit) zeroLimitAt(parent, result.zeroLimit);
    }
    return result;
  };
}

export type LabelScanner = ReturnType<typeof createLabelScanner>;
