// @vitest-environment happy-dom
import { render } from '@testing-library/preact';
import { h, type VNode } from 'preact';
import * as preactRuntime from 'preact/jsx-runtime';
import { describe, expect, it } from 'vitest';
import * as ours from '../../lib/jsx/jsx-runtime';

// The build compiles JSX to lib/jsx/jsx-runtime.ts (wxt.config.ts aliases preact/jsx-runtime to it); the
// tests compile it to Preact's own runtime. Both must make the same vnodes, so both draw the same DOM.
type Runtime = { jsx: (type: never, props: never, key?: string) => VNode; Fragment: unknown };

function tree({ jsx, Fragment }: Runtime, seen: unknown[]) {
  const j = jsx as (type: unknown, props: Record<string, unknown>, key?: string) => VNode;
  const Item = ({ label }: { label: string }) => j('li', { class: 'item', 'aria-label': label, children: label });
  return j('div', {
    id: 'root',
    ref: (node: unknown) => node && seen.push(node),
    children: [
      j(Item, { label: 'one' }, 'a'),
      j(Fragment, { children: [j('span', { children: 'x' }), 'text', null, false] }),
      j('ul', { children: ['b', 'c'].map((label) => j(Item, { label }, label)) }),
    ],
  });
}

describe('the JSX runtime the build uses', () => {
  it('draws what Preact’s own runtime draws, keys and refs included', () => {
    const seenOurs: unknown[] = [];
    const seenPreact: unknown[] = [];
    const a = render(tree(ours as unknown as Runtime, seenOurs)).container.innerHTML;
    const b = render(tree(preactRuntime as unknown as Runtime, seenPreact)).container.innerHTML;
    expect(a).toBe(b);
    expect(a).toContain('<li class="item" aria-label="one">one</li>');
    expect(seenOurs).toHaveLength(1);
    expect(seenPreact).toHaveLength(1);
  });

  it('keeps the key out of the props and on the vnode', () => {
    const vnode = ours.jsx('li', { class: 'x' }, 'k1');
    expect(vnode.key).toBe('k1');
    expect(vnode.props).toEqual({ class: 'x' });
    expect(h('li', { class: 'x', key: 'k1' }).key).toBe('k1');
  });
});
