// The key or token lives in sessionStorage: it survives reloads and drill-downs in this tab, and
// goes away with the tab; it is never written to localStorage, a cookie or the URL.
const KEY = 'jobgraph.credential';

/** The API key or token the user gave in this tab, if any. */
export function storedCredential(): string | undefined {
  return sessionStorage.getItem(KEY) ?? undefined;
}

/** Keeps the credential for this tab (an empty value forgets it). */
export function storeCredential(value: string): void {
  const trimmed = value.trim();
  if (trimmed) sessionStorage.setItem(KEY, trimmed);
  else sessionStorage.removeItem(KEY);
}
