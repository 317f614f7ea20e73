import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';

/** Where the system keeps Chromium or Chrome on the distributions we know, in the order tried. */
export const SYSTEM_BROWSER_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
];

/** npm packages that ship a headless Chromium for Linux x64 without a download at run time. */
export const NPM_CHROMIUM_PACKAGES: readonly string[] = ['@sparticuz/chromium'];

/** A browser that was found, and how: its path may only be known once the package unpacks it. */
export interface FoundBrowser {
  readonly source: 'CHROMIUM_PATH' | 'system' | 'npm';
  /** A path, or the npm package's name. */
  readonly where: string;
  executablePath(): Promise<string>;
}

/** What the search may look at; tests inject each part so nothing on the machine is touched. */
export interface BrowserSearch {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly systemPaths: readonly string[];
  readonly isExecutable: (path: string) => boolean;
  readonly platform: string;
  readonly arch: string;
  /** Loads an npm package's module, or undefined when it is not installed. */
  readonly loadPackage: (name: string) => unknown;
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function loadInstalledPackage(name: string): unknown {
  // Resolved from this repository: an optional package is used only when someone installed it.
  const require = createRequire(__filename);
  try {
    return require(name) as unknown;
  } catch {
    return undefined;
  }
}

/** The search this machine offers. */
export function machineBrowserSearch(): BrowserSearch {
  return {
    env: process.env,
    systemPaths: SYSTEM_BROWSER_PATHS,
    isExecutable: isExecutableFile,
    platform: process.platform,
    arch: process.arch,
    loadPackage: loadInstalledPackage,
  };
}

/** `@sparticuz/chromium` exports `{ executablePath(): Promise<string> }`, as default or as the module. */
function npmExecutablePath(module: unknown): (() => Promise<string>) | null {
  const candidates = [module, (module as { default?: unknown } | null)?.default];
  for (const candidate of candidates) {
    const fn = (candidate as { executablePath?: unknown } | null)?.executablePath;
    if (typeof fn === 'function') return () => Promise.resolve(fn.call(candidate) as string);
  }
  return null;
}

/**
 * Finds a Chromium to drive headless, in this order: `CHROMIUM_PATH`, the system's chromium or
 * chrome, then a Chromium shipped as an npm package for Linux x64. Null when there is none; `misses`
 * then says what was tried, for the line that explains a skipped suite.
 */
export function findBrowser(search: BrowserSearch = machineBrowserSearch()): {
  found: FoundBrowser | null;
  misses: string[];
} {
  const misses: string[] = [];
  const atPath = (source: 'CHROMIUM_PATH' | 'system', path: string): FoundBrowser => ({
    source,
    where: path,
    executablePath: () => Promise.resolve(path),
  });
  const fromEnv = search.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (search.isExecutable(fromEnv)) return { found: atPath('CHROMIUM_PATH', fromEnv), misses };
    // A stale CHROMIUM_PATH should not hide a browser the machine does have.
    misses.push(`CHROMIUM_PATH=${fromEnv} is not an executable file`);
  }
  const system = search.systemPaths.find((path) => search.isExecutable(path));
  if (system) return { found: atPath('system', system), misses };
  misses.push(`no chromium or chrome at ${search.systemPaths.join(', ')}`);
  if (search.platform === 'linux' && search.arch === 'x64') {
    for (const name of NPM_CHROMIUM_PACKAGES) {
      const module = search.loadPackage(name);
      const executablePath = module === undefined ? null : npmExecutablePath(module);
      if (executablePath) return { found: { source: 'npm', where: name, executablePath }, misses };
    }
    misses.push(`none of the npm packages ${NPM_CHROMIUM_PACKAGES.join(', ')} is installed`);
  } else {
    misses.push(`npm Chromium packages are for linux x64, not ${search.platform} ${search.arch}`);
  }
  return { found: null, misses };
}
