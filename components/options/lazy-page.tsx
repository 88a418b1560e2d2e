import type { ComponentType, JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { loadOptionsPages } from '../../lib/i18n/options';

/** Where a route change leaves focus: the new page's heading, which tells screen-reader users the page changed. */
export function focusPageHeading(): void {
  document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
}

/**
 * A hook giving what `load` resolves to once something `needed` it (undefined until then): code the
 * first render does without is fetched on first need, once, and kept for every later use, together with
 * the words of the pages beyond the plans list (lib/i18n/options.ts loadOptionsPages).
 */
export function lazyExport<T>(load: () => Promise<T>): (needed?: boolean) => T | undefined {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return function useLazyExport(needed = true) {
    const [current, setCurrent] = useState(() => value);
    useEffect(() => {
      if (current !== undefined || !needed) return;
      let alive = true;
      pending ??= Promise.all([load(), loadOptionsPages()]).then(([loaded]) => (value = loaded));
      void pending.then((loaded) => alive && setCurrent(() => loaded));
      return () => {
        alive = false;
      };
    }, [needed]);
    return current;
  };
}

/** A page whose code loads when it is first shown; its heading takes focus when it arrives. */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): (props: P) => JSX.Element {
  const usePage = lazyExport(load);
  return function LazyPage(props: P) {
    const Page = usePage();
    const arrivesLater = useRef(Page === undefined);
    useEffect(() => {
      if (!Page || !arrivesLater.current) return;
      arrivesLater.current = false;
      focusPageHeading();
    }, [Page]);
    return Page ? <Page {...props} /> : <div class="loading" aria-busy="true" />;
  };
}
