import type { Browser } from 'playwright-core';
import { describeWithBrowser } from '../helpers/describe-with-browser';
import { launchOfflineChromium } from '../helpers/offline-chromium';
import { startTestGateway, type TestGateway } from '../helpers/test-gateway';

describeWithBrowser('GraphiQL in a real headless Chromium, offline', (executablePath) => {
  let gateway: TestGateway;
  let browser: Browser;

  beforeAll(async () => {
    gateway = await startTestGateway();
    browser = await launchOfflineChromium(executablePath());
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  });

  it('loads every asset from this server only, introspects, and runs a query', async () => {
    const page = await browser.newPage();
    const origins = new Set<string>();
    const failures: string[] = [];
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    page.on('requestfailed', (request) => failures.push(request.url()));
    page.on('pageerror', (error) => failures.push(error.message));
    await page.goto(gateway.url);
    await page.locator('.graphiql-container').waitFor({ timeout: 20_000 });
    const editor = page.locator('.graphiql-query-editor .CodeMirror').first();
    await editor.waitFor();
    // A string, not a function: this project compiles without the DOM lib.
    await page.evaluate(
      `document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue('{ nodes(ids: ["not-an-id"]) { id } }')`,
    );
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response').getByText('BAD_USER_INPUT').waitFor({ timeout: 20_000 });
    expect(failures).toEqual([]);
    expect([...origins]).toEqual([new URL(gateway.url).origin]);
  }, 60_000);
});
