import type { LabelRule, StoreAdapter } from './adapter';
import { compactText, escapeRegExp } from './parse-values';

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

const SKIPPED_TAGS = new Set(['HEAD', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE', 'svg']);
/** Labels are short captions; a long sentence that mentions a label's word is prose, not a label. */
const MAX_EXTRA_CHARS = 16;
const MAX_LIMIT_CHARS = 40;
/** Raw text (indentation included) longer than this cannot be a label: not worth compacting. */
const MAX_LABEL_RAW_CHARS = 400;
/** A changed node may hold half of a label whose other half is next to it: start this far up. */
const MAX_CLIMB = 3;
const MAX_CLIMB_CHARS = 80;

/** The element's own text without script or style children (textContent includes those). */
function visibleText(element: Element): string {
  let text = '';
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) text += (node as Text).data;
    else if (node.nodeType === 1 && !SKIPPED_TAGS.has((node as Element).tagName)) text += node.textContent ?? '';
  }
  return text;
}

/**
 * Builds the scanner for one adapter. It descends only into elements whose `textContent` (one native call
 * for a whole subtree) holds a label word, with any whitespace between its characters, so labels split across
 * elements are found and a page without those words costs one string test. The smallest element holding a
 * word is the label.
 */
export function createLabelScanner(adapter: StoreAdapter) {
  const words = new RegExp(adapter.labels.map((rule) => Array.from(rule.text, escapeRegExp).join('\\s*')).join('|'));
  const limitWords = new RegExp(adapter.zeroLimitProbe.map(escapeRegExp).join('|'));
  /** Two-character pieces of every word: a changed node without any cannot hold even half a label. */
  const pieces = new Set<string>(adapter.zeroLimitProbe);
  for (const { text } of adapter.labels) for (let i = 0; i + 2 <= text.length; i++) pieces.add(text.slice(i, i + 2));
  const fragments = new RegExp(Array.from(pieces, escapeRegExp).join('|'));

  /** Claims, on `element`, the words its text holds that no descendant claimed: labels split across its children. */
  function claimLabel(element: Element, out: LabelHit[], claimed: Set<LabelRule>): void {
    const compact = compactText(visibleText(element));
    if (/[。!?]/.test(compact)) return;
    for (const rule of adapter.labels) {
      if (claimed.has(rule) || !compact.includes(rule.text) || compact.length > rule.text.length + MAX_EXTRA_CHARS) continue;
      out.push({ rule, element });
    }
  }

  function claimLimit(element: Element, out: Element[]): boolean {
    const compact = compactText(visibleText(element));
    if (compact.length > MAX_LIMIT_CHARS || !adapter.zeroLimit.some((pattern) => pattern.test(compact))) return false;
    out.push(element);
    return true;
  }

  /** Visits an element whose text (`text`) holds a word; returns whether it or a descendant took the limit notice. */
  function visit(
    element: Element,
    text: string,
    wantLabel: boolean,
    wantLimit: boolean,
    skip: (e: Element) => boolean,
    out: LabelScan,
  ): boolean {
    const before = out.labels.length;
    let limit = false;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      if (SKIPPED_TAGS.has(child.tagName) || skip(child)) continue;
      const childText = child.textContent ?? '';
      const hasLabel = wantLabel && words.test(childText);
      const hasLimit = wantLimit && limitWords.test(childText);
      if (hasLabel || hasLimit) limit = visit(child, childText, hasLabel, hasLimit, skip, out) || limit;
    }
    if (wantLabel && text.length <= MAX_LABEL_RAW_CHARS) {
      claimLabel(element, out.labels, new Set(out.labels.slice(before).map((hit) => hit.rule)));
    }
    return wantLimit && !limit ? claimLimit(element, out.zeroLimit) : limit;
  }

  /** Scans the subtree of `root` (and, for a changed node, a few short ancestors); `skip` excludes our own elements. */
  return function scanLabels(root: Node, skip: (element: Element) => boolean): LabelScan {
    const out: LabelScan = { labels: [], zeroLimit: [] };
    let start = root.nodeType === 1 ? (root as Element) : root.parentElement;
    if (!fragments.test(root.textContent ?? '')) return out;
    for (let level = 0; start && level < MAX_CLIMB; level++) {
      const parent: Element | null = start.parentElement;
      const doc = start.ownerDocument;
      if (!parent || parent === doc.body || parent === doc.documentElement || (parent.textContent ?? '').length > MAX_CLIMB_CHARS) break;
      start = parent;
    }
    if (!start || skip(start)) return out;
    const text = start.textContent ?? '';
    const hasLabel = words.test(text);
    const hasLimit = limitWords.test(text);
    if (hasLabel || hasLimit) visit(start, text, hasLabel, hasLimit, skip, out);
    return out;
  };
}
