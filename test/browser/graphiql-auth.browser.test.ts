import type { Browser } from 'playwright-core';
import { describeWithBrowser } from '../helpers/describe-with-browser';
import { launchOfflineChromium } from '../helpers/offline-chromium';
import { startApiKeyGateway } from '../helpers/api-key-gateway';
import type { TestGateway } from '../helpers/test-gateway';

const KEY = 'jg_browser-test-key-0123456789abcdef0123456789';

describeWithBrowser('GraphiQL in headless Chromium with API-key auth', (executablePath) => {
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

  it('loads without credentials, shows the headers editor, and runs a query once the key is entered there', async () => {
    const page = await browser.newPage();
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    await page.goto(gateway.url);
    await page.locator('.graphiql-container').waitFor({ timeout: 20_000 });
    // The headers editor is open (not hidden) and holds the Authorization template.
    const headersEditor = '.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror';
    await page.locator(headersEditor).waitFor();
    expect(await page.evaluate(`document.querySelector('${headersEditor}').CodeMirror.getValue()`)).toContain(
      '"Authorization": "Bearer <your API key or token>"',
    );
    // Strings, not functions: this project compiles without the DOM lib.
    await page.evaluate(
      `document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue('{ workspaces(first: 2) { nodes { workspaceName } } }')`,
    );
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response').getByText('UNAUTHENTICATED').waitFor({ timeout: 20_000 });
    expect(gateway.calls('emrServerlessSpark')).toHaveLength(0);

    await page.evaluate(
      `document.querySelector('${headersEditor}').CodeMirror.setValue(${JSON.stringify(JSON.stringify({ Authorization: `Bearer ${KEY}` }))})`,
    );
    await page.locator('.graphiql-execute-button').click();
    await page
      .locator('.graphiql-response')
      .getByText('"workspaceName"')
      .first()
      .waitFor({ timeout: 20_000 });
    const response = String(
      await page.evaluate(`document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue()`),
    );
    const body = JSON.parse(response) as {
      data?: { workspaces: { nodes: { workspaceName: string }[] } };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    expect(body.data?.workspaces.nodes).toEqual([
      { workspaceName: expect.any(String) },
      { workspaceName: expect.any(String) },
    ]);
    expect(gateway.calls('emrServerlessSpark', 'ListWorkspaces').length).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  }, 60_000);
});
