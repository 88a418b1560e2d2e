import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { name: 'plans' }
  | { name: 'new' }
  | { name: 'plan'; id: string }
  | { name: 'edit'; id: string }
  /** A card statement's next month's statement, to enter. */
  | { name: 'next'; id: string }
  | { name: 'settings' }
  | { name: 'backup' }
  /** With a plan: its customer service heads the late-payment checklist (linked from late rows and notifications). */
  | { name: 'help'; plan?: string }
  | { name: 'import-proposal' }
  | { name: 'payoff' }
  | { name: 'paste' };

/** `#plan/<id>` is what notifications and the popup link to; anything unknown shows the plans. */
export function parseRoute(hash: string): Route {
  let parts: string[];
  try {
    parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  } catch {
    return { name: 'plans' }; // A malformed escape (#plan/%E0%A4%A) must not take the page down.
  }
  const [head, id, action] = parts;
  if (head === 'plan' && id) return action === 'edit' || action === 'next' ? { name: action, id } : { name: 'plan', id };
  if (head === 'help' && id) return { name: 'help', plan: id };
  if (head === 'new' || head === 'settings' || head === 'backup' || head === 'help' || head === 'import-proposal') return { name: head };
  if (head === 'payoff') return { name: 'payoff' };
  if (head === 'paste') return { name: 'paste' };
  return { name: 'plans' };
}

export function routeHref(route: Route): string {
  if (route.name === 'plan') return `#plan/${encodeURIComponent(route.id)}`;
  if (route.name === 'edit' || route.name === 'next') return `#plan/${encodeURIComponent(route.id)}/${route.name}`;
  if (route.name === 'help' && route.plan) return `#help/${encodeURIComponent(route.plan)}`;
  return `#${route.name}`;
}

export function navigate(route: Route): void {
  location.hash = routeHref(route);
}

export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
