// The browser search and the fate of a browser suite, with injected paths and packages: nothing on
// this machine is removed or installed to see the skip and the fail paths.
import { planBrowserSuite } from '../helpers/describe-with-browser';
import { findBrowser, type BrowserSearch } from '../helpers/find-browser';

function search(overrides: Partial<BrowserSearch> & { executables?: readonly string[] } = {}): BrowserSearch {
  const executables = new Set(overrides.executables ?? []);
  return {
    env: {},
    systemPaths: ['/usr/bin/chromium', '/usr/bin/google-chrome'],
    isExecutable: (path) => executables.has(path),
    platform: 'linux',
    arch: 'x64',
    loadPackage: () => undefined,
    ...overrides,
  };
}

const npmChromium = { default: { executablePath: async () => '/tmp/chromium' } };

describe('findBrowser', () => {
  it('takes CHROMIUM_PATH first, over a system browser', async () => {
    const { found } = findBrowser(
      search({
        env: { CHROMIUM_PATH: '/opt/c/chrome' },
        executables: ['/opt/c/chrome', '/usr/bin/chromium'],
      }),
    );
    expect(found).toMatchObject({ source: 'CHROMIUM_PATH', where: '/opt/c/chrome' });
    expect(await found?.executablePath()).toBe('/opt/c/chrome');
  });

  it('falls through a CHROMIUM_PATH that is not there to the system browsers, in their order', () => {
    const { found, misses } = findBrowser(
      search({ env: { CHROMIUM_PATH: '/nonexistent' }, executables: ['/usr/bin/google-chrome'] }),
    );
    expect(found).toMatchObject({ source: 'system', where: '/usr/bin/google-chrome' });
    expect(misses).toEqual(['CHROMIUM_PATH=/nonexistent is not an executable file']);
  });

  it('uses a Chromium npm package on linux x64 when no system browser exists', async () => {
    const { found } = findBrowser(
      search({ loadPackage: (name) => (name === '@sparticuz/chromium' ? npmChromium : undefined) }),
    );
    expect(found).toMatchObject({ source: 'npm', where: '@sparticuz/chromium' });
    expect(await found?.executablePath()).toBe('/tmp/chromium');
  });

  it('does not use the npm package off linux x64', () => {
    const { found, misses } = findBrowser(search({ arch: 'arm64', loadPackage: () => npmChromium }));
    expect(found).toBeNull();
    expect(misses.at(-1)).toMatch(/linux x64, not linux arm64/);
  });

  it('finds nothing when nothing is there, and says what it tried', () => {
    const { found, misses } = findBrowser(search({ env: { CHROMIUM_PATH: '/nonexistent' } }));
    expect(found).toBeNull();
    expect(misses).toEqual([
      'CHROMIUM_PATH=/nonexistent is not an executable file',
      'no chromium or chrome at /usr/bin/chromium, /usr/bin/google-chrome',
      'none of the npm packages @sparticuz/chromium is installed',
    ]);
  });
});

describe('planBrowserSuite', () => {
  it('runs in the browser found', () => {
    expect(planBrowserSuite(search({ executables: ['/usr/bin/chromium'] }))).toMatchObject({
      kind: 'run',
      browser: { where: '/usr/bin/chromium' },
    });
  });

  it('skips, saying why, when no browser is found', () => {
    const plan = planBrowserSuite(search({ env: { CHROMIUM_PATH: '/nonexistent' } }));
    expect(plan).toEqual({
      kind: 'skip',
      reason: expect.stringMatching(
        /^no headless Chromium found \(CHROMIUM_PATH=\/nonexistent is not an executable file; .*\); set CHROMIUM_PATH/,
      ),
    });
  });

  it('fails instead when JOBGRAPH_REQUIRE_BROWSER=1 (CI)', () => {
    const plan = planBrowserSuite(
      search({ env: { CHROMIUM_PATH: '/nonexistent', JOBGRAPH_REQUIRE_BROWSER: '1' } }),
    );
    expect(plan).toMatchObject({
      kind: 'fail',
      reason: expect.stringContaining('no headless Chromium found'),
    });
  });
});
