import type { EmulatorDataOptions } from '../shared/emulator-types';
import { createPrng, type Prng } from '../shared/prng';
import {
  SAE_CHANGE_ORDER_FAILURES,
  SAE_DOMAINS,
  SAE_NAMESPACES,
  SAE_OWNERS,
  SAE_PURPOSES,
  SAE_SPECS,
  SAE_TEAMS,
  SAE_TIERS,
  type SaeNamespaceSeed,
} from './vocabulary.dataset';
import { generateHistory } from './execution-history.dataset';
import { drawUuid } from './id.materialize';
import { drawCronSchedule } from './cron-schedule.dataset';
import type { SaeDataset, SaeTemplateRow } from './sae.model';

/** Template counts per scale; `large` meets the minimum of 2,000. */
export const SAE_TEMPLATE_COUNTS = { small: 80, large: 2400 } as const;

const HOUR = 3600;
const DAY = 24 * HOUR;

const HTTP_TRIGGERS = [
  { type: 'HTTPS', method: ['GET'], ip: [], referer: [], securityConfig: 'none' },
  { type: 'HTTPS', method: ['POST'], ip: [], referer: [], securityConfig: 'none' },
  { type: 'HTTP', method: ['GET', 'POST'], ip: ['10.0.0.0/8'], referer: [], securityConfig: 'none' },
] as const;

function drawTags(prng: Prng, namespace: SaeNamespaceSeed, team: string): (readonly [string, string])[] {
  const tags: (readonly [string, string])[] = [];
  const env = namespace.namespaceId.split(':')[1] ?? 'default';
  if (prng.chance(0.7)) tags.push(['env', env]);
  if (prng.chance(0.6)) tags.push(['team', team]);
  if (prng.chance(0.35)) tags.push(['owner', prng.pick(SAE_OWNERS)]);
  if (prng.chance(0.25)) tags.push(['tier', prng.pick(SAE_TIERS)]);
  if (prng.chance(0.15)) tags.push(['cost-center', `cc-${prng.int(1001, 1010)}`]);
  return tags;
}

/** Names are unique per namespace, as SAE requires; collisions get a numeric suffix. */
function uniqueName(base: string, namespaceId: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(`${namespaceId}/${name}`); n++) name = `${base}-${n}`;
  taken.add(`${namespaceId}/${name}`);
  return name;
}

function generateTemplate(prng: Prng, nowSeconds: number, taken: Set<string>): SaeTemplateRow {
  const namespace = prng.weighted(
    SAE_NAMESPACES.filter((ns) => ns.weight > 0).map((ns) => [ns, ns.weight] as const),
  );
  const team = prng.pick(SAE_TEAMS);
  const [purpose, description] = prng.pick(SAE_PURPOSES);
  const appName = uniqueName(`${prng.pick(SAE_DOMAINS)}-${purpose}`, namespace.namespaceId, taken);
  const appId = drawUuid(prng);
  const createTime = nowSeconds - prng.int(HOUR, 30 * DAY);
  const suspend = createTime < nowSeconds - 5 * HOUR && prng.chance(0.12);
  const schedule = prng.chance(0.75) ? drawCronSchedule(prng, namespace.timezone) : null;
  const triggerConfig = schedule
    ? JSON.stringify({ type: 'time', config: schedule.expression, timezone: namespace.timezone })
    : JSON.stringify({ type: 'http', config: prng.pick(HTTP_TRIGGERS) });
  const [cpu, mem] = prng.weighted(SAE_SPECS);
  const changeOk = prng.chance(0.92);
  const retention = prng.weighted([
    [prng.int(1, 20), 3],
    [prng.int(20, 80), 3],
    [prng.int(80, 200), 2],
    [prng.int(200, 400), 1],
  ]);
  const history = generateHistory(prng.fork('history'), {
    schedule,
    createTime,
    lastPossibleStart: suspend ? prng.int(createTime, nowSeconds - 4 * HOUR) : nowSeconds,
    nowSeconds,
    retention,
    failureRate: prng.weighted([
      [prng.next() * 0.02, 6],
      [0.05 + prng.next() * 0.1, 3],
      [0.3 + prng.next() * 0.3, 1],
    ]),
    typicalDuration: Math.round(15 * Math.pow(480, prng.next())),
    suspended: suspend,
  });
  const packaged = prng.chance(0.15);
  return {
    appId,
    appName,
    appNameLower: appName.toLowerCase(),
    appDescription: prng.chance(0.85) ? description : '',
    namespaceId: namespace.namespaceId,
    regionId: namespace.regionId,
    tags: drawTags(prng, namespace, team),
    triggerType: schedule ? 'time' : 'http',
    triggerConfig,
    suspend,
    cpu,
    mem,
    replicas: prng.weighted([
      [1, 6],
      [2, 2],
      [3, 1],
      [5, 1],
      [10, 0.4],
    ]),
    lastChangeorderState: changeOk ? '1' : '0',
    message: changeOk ? 'success' : prng.pick(SAE_CHANGE_ORDER_FAILURES),
    // Package-based (JAR) jobs have no image, and SAE returns an empty ImageUrl for them.
    imageUrl: packaged
      ? ''
      : `registry-vpc.${namespace.regionId}.aliyuncs.com/${team}/${appName}:1.${prng.int(0, 9)}.${prng.int(0, 30)}`,
    createTime,
    history,
  };
}

/** Builds the SAE world for a seed, scale and reference time; identical inputs give identical data. */
export function createSaeDataset(options: EmulatorDataOptions): SaeDataset {
  const nowSeconds = Math.floor(options.referenceTime / 1000);
  const root = createPrng(`${options.seed}/sae`);
  const taken = new Set<string>();
  const templates: SaeTemplateRow[] = [];
  for (let i = 0; i < SAE_TEMPLATE_COUNTS[options.scale]; i++) {
    templates.push(generateTemplate(root.fork(`template/${i}`), nowSeconds, taken));
  }
  templates.sort(
    (a, b) => b.createTime - a.createTime || (a.appId < b.appId ? -1 : a.appId > b.appId ? 1 : 0),
  );
  return {
    templates,
    namespaces: SAE_NAMESPACES.map(({ namespaceId, regionId }) => ({ namespaceId, regionId })),
    nowSeconds,
  };
}
