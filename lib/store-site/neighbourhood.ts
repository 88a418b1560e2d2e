import type { Mark } from './containers';
import type { DomChange } from './watch-dom';

/**
 * The elements whose changes can alter what the page reads: each mark, a field's parent too (period info
 * sits next to an amount), and a few more ancestors of a field or plan still waiting for its value or rows.
 */
export function neighbourhoodOf(marks: Mark[], zeroLimit: Element[]): Set<Node> {
  const nodes = new Set<Node>(zeroLimit);
  for (const { element, hit, kind } of marks) {
    nodes.add(hit.element);
    const waiting = (kind === 'field' || kind === 'plan') && element === hit.element;
    const levels = waiting ? 4 : kind === 'field' ? 2 : 1;
    const body = element.ownerDocument.body;
    let up: Element | null = element;
    for (let level = 0; up && up !== body && level < levels; level++, up = up.parentElement) nodes.add(up);
  }
  return nodes;
}

/** True when `change` happened inside the neighbourhood or took part of it off the page. */
export function touches(change: DomChange, neighbourhood: Set<Node>): boolean {
  for (const root of change.roots) {
    for (let node: Node | null = root; node; node = node.parentNode) if (neighbourhood.has(node)) return true;
  }
  if (change.removed) for (const node of neighbourhood) if (!node.isConnected) return true;
  return false;
}
