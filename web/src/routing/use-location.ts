import { useSyncExternalStore } from 'react';

// The URL is the app's state: pages read it here, and navigate() changes it (pushState fires no
// event of its own, so it announces the change for the subscribers).
const CHANGE = 'jobgraph:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

function currentUrl(): string {
  return window.location.pathname + window.location.search;
}

/** The current path and query string; the component re-renders when they change. */
export function useLocation(): URL {
  const href = useSyncExternalStore(subscribe, currentUrl);
  return new URL(href, window.location.origin);
}

/** Goes to `to` (a path with its query) in this tab; `replace` keeps the history entry. */
export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  if (to === currentUrl()) return;
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(CHANGE));
  if (!replace) window.scrollTo(0, 0);
}
