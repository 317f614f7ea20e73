import type { Browser } from 'playwright-core';
import { describeWithBrowser } from '../helpers/describe-with-browser';
import { launchOfflineChromium } from '../helpers/offline-chromium';
import { startApiKeyGateway } from '../helpers/api-key-gateway';
import type { TestGateway } from '../helpers/test-gateway';

const KEY = 'jg_dashboard-test-key-0123456789abcdef012345678';

describeWithBrowser('The Relay dashboard with API-key auth, in headless Chromium', (executablePath) => {
  let gateway: TestGateway;
  let browser: Browser;

  beforeAll(async () => {
    gateway = await startApiKeyGateway(KEY);
    browser = await launchOfflineChromium(executablePath());
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  });

  it('asks for a key once, refuses a wrong one, then sends the right one as Bearer on every query of the tab', async () => {
    const page = await browser.newPage();
    const failures: string[] = [];
    const authorizations: (string | undefined)[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql')
        authorizations.push(request.headers().authorization);
    });
    const origin = new URL(gateway.url).origin;
    await page.goto(`${origin}/jobs`);
    const prompt = page.locator('form.credential');
    await prompt.waitFor({ timeout: 20_000 });
    expect(await prompt.textContent()).toContain('Enter an API key or a token');
    expect(gateway.calls('paiDlc')).toHaveLength(0);

    await prompt.locator('input[name="credential"]').fill('jg_not-the-key');
    await prompt.locator('button[type="submit"]').click();
    await page.locator('form.credential').getByText('was refused').waitFor({ timeout: 20_000 });
    expect(gateway.calls('paiDlc')).toHaveLength(0);

    await page.locator('form.credential input[name="credential"]').fill(KEY);
    await page.locator('form.credential button[type="submit"]').click();
    await page.locator('table.jobs tbody tr').first().waitFor({ timeout: 20_000 });
    // A drill-down and a reload in the same tab: no second prompt.
    await page.locator('table.jobs tbody tr td:first-child a').first().click();
    await page.locator('article h1').waitFor({ timeout: 20_000 });
    await page.reload();
    await page.locator('article h1').waitFor({ timeout: 20_000 });
    expect(await page.locator('form.credential').count()).toBe(0);

    expect(authorizations.slice(0, 2)).toEqual([undefined, 'Bearer jg_not-the-key']);
    expect(authorizations.slice(2).length).toBeGreaterThanOrEqual(3);
    expect(new Set(authorizations.slice(2))).toEqual(new Set([`Bearer ${KEY}`]));
    expect(failures).toEqual([]);
    await page.close();
  }, 60_000);
});
