import { type ComponentType, createElement, Fragment, type VNode } from 'preact';

// What the compiled JSX calls (`preact/jsx-runtime` is aliased here in wxt.config.ts): Preact's own
// createElement, which every page loads anyway. Preact's runtime module brings its own vnode factory
// and the string-template helpers of its precompiled mode, which no page uses (about 0.6 KB gzip of the
// popup's first load). Same vnodes: createElement takes `children` from the props, `key` and `ref` out of them.

type Props = Record<string, unknown>;

export function jsx(type: string | ComponentType<Props>, props: Props, key?: string | number): VNode {
  return createElement(type, key === undefined ? props : { ...props, key });
}
export { Fragment, jsx as jsxDEV, jsx as jsxs };
