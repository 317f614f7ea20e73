import { chromium, type Browser } from 'playwright-core';

/**
 * Launches Chromium headless with a fresh profile (Playwright's default) and flags that keep it off
 * the network: the GraphiQL tests prove the page needs nothing beyond the gateway. Playwright never
 * downloads a browser here; the path comes from describeWithBrowser.
 */
export function launchOfflineChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
