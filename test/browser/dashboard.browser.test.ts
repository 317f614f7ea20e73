import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { WEB_APP_DIR_DEFAULT } from '../../src/server/web-app';
import { describeWithBrowser } from '../helpers/describe-with-browser';
import { postFaults, resetEmulator } from '../helpers/emulator-hooks';
import { launchOfflineChromium } from '../helpers/offline-chromium';
import { startTestGateway, type TestGateway } from '../helpers/test-gateway';

/** Where each page's screenshot goes (ignored by git); docs/dashboard.png is a copy of jobs.png. */
const SCREENSHOTS = join(__dirname, '..', '..', 'test-output', 'screenshots');

/** The app's first page and each page it loads on scroll (web/src/jobs/job-list.tsx). */
const PAGE_SIZE = 25;

interface JobsAnswer {
  data: { jobs: { edges: { node: { id: string } }[] } };
}

describeWithBrowser('The Relay dashboard at / in a real headless Chromium', (executablePath) => {
  let gateway: TestGateway;
  let browser: Browser;
  let origin: string;

  /** The API's own listing, through /graphql, to compare the page with. */
  async function apiJobIds(first: number, filter: Record<string, unknown> = {}): Promise<string[]> {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'query($first: Int, $filter: JobFilter) { jobs(first: $first, filter: $filter) { edges { node { id } } } }',
        variables: { first, filter },
      }),
    });
    const body = (await response.json()) as JobsAnswer;
    return body.data.jobs.edges.map((edge) => edge.node.id);
  }

  async function apiTypename(id: string): Promise<string> {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query($id: ID!) { node(id: $id) { __typename } }', variables: { id } }),
    });
    return ((await response.json()) as { data: { node: { __typename: string } } }).data.node.__typename;
  }

  /** A page that records where every request went and every failure, for the checks at the end. */
  async function openPage(): Promise<{ page: Page; origins: Set<string>; failures: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const origins = new Set<string>();
    const failures: string[] = [];
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    page.on('requestfailed', (request) => failures.push(`request failed: ${request.url()}`));
    page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
    return { page, origins, failures };
  }

  async function rowIds(page: Page): Promise<string[]> {
    const ids: string[] = [];
    for (const row of await page.locator('table.jobs tbody tr').all()) {
      ids.push((await row.getAttribute('data-job-id')) ?? '(none)');
    }
    return ids;
  }

  async function screenshot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  }

  beforeAll(async () => {
    if (!existsSync(join(WEB_APP_DIR_DEFAULT, 'index.html')))
      throw new Error(`${WEB_APP_DIR_DEFAULT} is not built: run npm run build (npm test's pretest does)`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    gateway = await startTestGateway();
    browser = await launchOfflineChromium(executablePath());
    origin = new URL(gateway.url).origin;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  });

  it('loads in demo mode: every source OK, the newest jobs listed, every request to its own origin', async () => {
    const { page, origins, failures } = await openPage();
    await page.goto(`${origin}/`);
    await page
      .locator('table.jobs tbody tr')
      .nth(PAGE_SIZE - 1)
      .waitFor({ timeout: 20_000 });
    expect(await rowIds(page)).toEqual(await apiJobIds(PAGE_SIZE));
    const sources = page.locator('.source-health .source');
    expect(await sources.count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('.source-health .source[data-status="OK"]').count()).toBe(
      await sources.count(),
    );
    expect(await page.locator('svg[aria-label="Status counts by provider"] rect').count()).toBeGreaterThan(0);
    await screenshot(page, 'jobs');
    expect(failures).toEqual([]);
    expect([...origins]).toEqual([origin]);
    await page.close();
  }, 30_000);

  it('scrolling to the end loads the next page: the first two pages, no duplicate and no gap', async () => {
    const { page, origins, failures } = await openPage();
    await page.goto(`${origin}/jobs`);
    await page
      .locator('table.jobs tbody tr')
      .nth(PAGE_SIZE - 1)
      .waitFor({ timeout: 20_000 });
    await page.locator('.list-end').scrollIntoViewIfNeeded();
    await page
      .locator('table.jobs tbody tr')
      .nth(2 * PAGE_SIZE - 1)
      .waitFor({ timeout: 20_000 });
    await page.locator('.list-end[data-loading="false"]').waitFor();
    const ids = await rowIds(page);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 2 * PAGE_SIZE)).toEqual(await apiJobIds(2 * PAGE_SIZE));
    expect(failures).toEqual([]);
    expect([...origins]).toEqual([origin]);
    await page.close();
  }, 30_000);

  it('a status filter changes the list and the URL', async () => {
    const { page, origins, failures } = await openPage();
    await page.goto(`${origin}/jobs`);
    await page.locator('table.jobs tbody tr').first().waitFor({ timeout: 20_000 });
    const unfiltered = await rowIds(page);
    await page.locator('select[name="status"]').selectOption('FAILED');
    await page.waitForURL(`${origin}/jobs?status=FAILED`);
    const failed = await apiJobIds(PAGE_SIZE, { statuses: ['FAILED'] });
    expect(failed.length).toBeGreaterThan(0);
    await page.locator(`table.jobs tbody tr[data-job-id="${failed[0]}"]`).waitFor({ timeout: 20_000 });
    const ids = await rowIds(page);
    expect(ids).toEqual(failed);
    expect(ids).not.toEqual(unfiltered);
    expect(await page.locator('table.jobs tbody .badge').allTextContents()).toEqual(ids.map(() => 'FAILED'));
    // The URL alone gives the same list.
    await page.reload();
    await page.locator('table.jobs tbody tr').first().waitFor({ timeout: 20_000 });
    expect(await rowIds(page)).toEqual(failed);
    expect(await page.locator('select[name="status"]').inputValue()).toBe('FAILED');
    expect(failures).toEqual([]);
    expect([...origins]).toEqual([origin]);
    await page.close();
  }, 30_000);

  // One drill-down per kind of page: from a list filtered to the provider, the job's own link
  // (first column) or its parent's (the "In" column).
  it.each([
    { kind: 'PaiJob', provider: 'PAI_DLC', column: 1 },
    { kind: 'GravitinoJob', provider: 'GRAVITINO', column: 1 },
    { kind: 'Workspace', provider: 'EMR_SERVERLESS_SPARK', column: 3 },
    { kind: 'SaeJobTemplate', provider: 'SAE', column: 3 },
  ])(
    'a drill-down link to a $kind, reloaded on its own URL, shows the same object',
    async (drill) => {
      const { page, origins, failures } = await openPage();
      await page.goto(`${origin}/jobs?provider=${drill.provider}`);
      const link = page.locator(`table.jobs tbody tr td:nth-child(${drill.column}) a`).first();
      await link.waitFor({ timeout: 20_000 });
      const href = (await link.getAttribute('href')) ?? '';
      await link.click();
      await page.waitForURL(`${origin}${href}`);
      const heading = page.locator('article h1');
      await heading.waitFor({ timeout: 20_000 });
      const shown = await heading.textContent();
      const id = decodeURIComponent(href.replace(/^\/node\//, ''));
      expect(await apiTypename(id)).toBe(drill.kind);
      await page.reload();
      await page.locator('article h1').waitFor({ timeout: 20_000 });
      expect(await page.locator('article h1').textContent()).toBe(shown);
      expect(page.url()).toBe(`${origin}${href}`);
      await screenshot(page, drill.kind);
      expect(failures).toEqual([]);
      expect([...origins]).toEqual([origin]);
      await page.close();
    },
    30_000,
  );

  it('an id that names nothing shows its typed error in place', async () => {
    const { page, origins, failures } = await openPage();
    await page.goto(`${origin}/node/not-an-id`);
    await page.locator('section.error [data-error-code="BAD_USER_INPUT"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('header.top').count()).toBe(1);
    expect(failures).toEqual([]);
    expect([...origins]).toEqual([origin]);
    await page.close();
  }, 30_000);

  it("with PAI-DLC's emulator failing, PAI-DLC shows as FAILED and the other providers' jobs are listed", async () => {
    const pai = gateway.emulators.endpoints.paiDlc;
    await postFaults(pai, {
      kind: 'status',
      status: 503,
      code: 'ServiceUnavailable',
      message: 'The service is unavailable.',
      times: 10_000,
    });
    const { page, origins, failures } = await openPage();
    try {
      await page.goto(`${origin}/`);
      const failed = page.locator('.source-health .source[data-provider="PAI_DLC"][data-status="FAILED"]');
      await failed.waitFor({ timeout: 20_000 });
      expect(await failed.locator('.source-error').textContent()).toBe('UPSTREAM_UNAVAILABLE');
      const others = await apiJobIds(PAGE_SIZE, { providers: ['EMR_SERVERLESS_SPARK', 'SAE', 'GRAVITINO'] });
      expect(await rowIds(page)).toEqual(others);
      expect(await page.locator('.source-health .source[data-status="FAILED"]').count()).toBe(1);
      await screenshot(page, 'jobs-pai-failed');
      expect(failures).toEqual([]);
      expect([...origins]).toEqual([origin]);
    } finally {
      await page.close();
      await resetEmulator(pai);
    }
  }, 30_000);
});
