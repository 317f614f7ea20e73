/** The pages of the app, told from the URL's path. */
export type Route =
  { readonly page: 'jobs' } | { readonly page: 'node'; readonly id: string } | { readonly page: 'not-found' };

/** `/` and `/jobs` list jobs; `/node/<global id>` shows one object; anything else is not a page. */
export function routeOf(pathname: string): Route {
  if (pathname === '/' || pathname === '/jobs') return { page: 'jobs' };
  const node = /^\/node\/([^/]+)$/.exec(pathname);
  if (node?.[1]) {
    try {
      return { page: 'node', id: decodeURIComponent(node[1]) };
    } catch {
      return { page: 'not-found' };
    }
  }
  return { page: 'not-found' };
}
