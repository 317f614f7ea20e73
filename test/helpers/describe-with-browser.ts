import { findBrowser, machineBrowserSearch, type BrowserSearch, type FoundBrowser } from './find-browser';

/** What a browser suite does on this machine: run in the browser found, skip saying why, or fail (CI). */
export type BrowserSuitePlan =
  | { readonly kind: 'run'; readonly browser: FoundBrowser }
  | { readonly kind: 'skip' | 'fail'; readonly reason: string };

/**
 * Decides a browser suite's fate. With no browser it is skipped, so `npm ci && npm test` passes
 * on an ordinary machine; `JOBGRAPH_REQUIRE_BROWSER=1` (set by .ci/run) makes that a failure, so CI
 * can never go green without having run GraphiQL in a browser.
 */
export function planBrowserSuite(search: BrowserSearch = machineBrowserSearch()): BrowserSuitePlan {
  const { found, misses } = findBrowser(search);
  if (found) return { kind: 'run', browser: found };
  const reason = `no headless Chromium found (${misses.join('; ')}); set CHROMIUM_PATH or install chromium`;
  return { kind: search.env.JOBGRAPH_REQUIRE_BROWSER === '1' ? 'fail' : 'skip', reason };
}

/**
 * `describe` for a suite that drives a real browser: `body` gets the browser's executable path
 * (known in its beforeAll hooks). Skipped with one warning line, or failed, as planBrowserSuite says.
 */
export function describeWithBrowser(
  title: string,
  body: (executablePath: () => string) => void,
  plan: BrowserSuitePlan = planBrowserSuite(),
): void {
  if (plan.kind === 'run') {
    describe(title, () => {
      let path: string | undefined;
      // Registered before the body's hooks, so the path is there when the body launches the browser.
      beforeAll(async () => {
        path = await plan.browser.executablePath();
      });
      body(() => {
        if (path === undefined) throw new Error('the browser path is known only from beforeAll on');
        return path;
      });
    });
    return;
  }
  if (plan.kind === 'fail') {
    describe(title, () => {
      it('has a browser to run in (JOBGRAPH_REQUIRE_BROWSER=1)', () => {
        throw new Error(`JOBGRAPH_REQUIRE_BROWSER=1 but ${plan.reason}`);
      });
    });
    return;
  }
  // Straight to stderr: jest drops the console output of a file whose tests are all skipped.
  process.stderr.write(`SKIPPED browser suite "${title}": ${plan.reason}\n`);
  describe.skip(title, () =>
    body(() => {
      throw new Error('a skipped suite has no browser');
    }),
  );
}
