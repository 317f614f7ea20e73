// Completes package-lock.json with the platform-only optional packages this machine's npm registry
// does not serve (e.g. jest's @unrs/resolver-binding-win32-*). npm leaves them out of the lock, and
// `npm ci` then refuses the lock as out of sync. The entries added here carry the os/cpu that npm
// checks first, so on Linux x64 `npm ci` skips them without fetching. Run after `npm install`:
//   node .ci/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORM =
  /-(android|darwin|freebsd|linux|openharmony|win32)-(arm64|arm|x64|ia32|loong64|ppc64|riscv64|s390x)(?:-|$)/;
const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const added = [];
for (const [location, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const parent = location === '' ? '' : `${location}/`;
    if (lock.packages[`${parent}node_modules/${name}`] || lock.packages[`node_modules/${name}`]) continue;
    const platform = PLATFORM.exec(name);
    if (!platform || !/^\d+\.\d+\.\d+/.test(version)) {
      console.warn(`left out ${name}@${version}: not a platform binary with an exact version`);
      continue;
    }
    lock.packages[`node_modules/${name}`] = {
      version,
      cpu: [platform[2]],
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      os: [platform[1]],
    };
    added.push(`${name}@${version}`);
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) =>
    a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  ),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added ${added.length}: ${added.join(', ')}` : 'the lock was complete');
