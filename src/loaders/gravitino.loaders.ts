import DataLoader from 'dataloader';
import type { GravitinoJob, GravitinoJobList } from '../domain/gravitino-job';
import type { GravitinoJobTemplate } from '../domain/gravitino-job-template';
import type { GravitinoMetalake } from '../domain/gravitino-metalake';
import type { GravitinoJobFilter } from '../domain/gravitino-job-filter';
import { findInstance, type ProviderRegistry } from '../providers/provider-registry';
import { notConfiguredInstance } from '../errors/not-configured-instance';
import { stableKey } from './call-loader';
import { loadByGroup } from './group-batch';
import { jobsOfTemplate } from './gravitino-template-jobs';
import { ListedJobs } from './gravitino-listed-jobs';
import { requireGravitinoScope, type GravitinoMetalakeScope } from './gravitino-scope';

/** One listJobs call: a metalake and the upstream filter (statuses are filtered by the gateway, not here). */
export interface GravitinoJobListKey extends GravitinoMetalakeScope {
  readonly filter: GravitinoJobFilter;
}

/** The jobs of one template: batched per (metalake, other filters) into one listJobs. */
export interface GravitinoTemplateJobListKey extends GravitinoJobListKey {
  readonly jobTemplateName: string;
}

/** One job by its Gravitino id. */
export interface GravitinoJobKey extends GravitinoMetalakeScope {
  readonly jobId: string;
}

/** One job template by name. */
export interface GravitinoJobTemplateKey extends GravitinoMetalakeScope {
  readonly name: string;
}

/** One metalake by name on one Gravitino server (a GravitinoMetalake global id). */
export interface GravitinoMetalakeKey {
  readonly instanceId: string;
  readonly name: string;
}

/** The Gravitino DataLoaders of one request. */
export interface GravitinoLoaders {
  /** Whole job lists, one listJobs call per distinct (instance, metalake, filter). Primes `jobs`. */
  readonly jobLists: DataLoader<GravitinoJobListKey, GravitinoJobList, string>;
  /**
   * Job lists of templates (GravitinoJobTemplate.jobs). One template alone is listJobs with
   * `jobTemplateName`; several of one metalake in a tick, or any whose metalake list is already
   * loaded, are split from ONE list without it (the same jobs and counts, one call instead of N).
   */
  readonly templateJobLists: DataLoader<GravitinoTemplateJobListKey, GravitinoJobList, string>;
  /** Jobs by id: every lookup of one metalake in a tick is ONE upstream call; null if unknown. */
  readonly jobs: DataLoader<GravitinoJobKey, GravitinoJob | null, string>;
  /** Whole template lists, one listJobTemplates call per metalake. Primes `templates`. */
  readonly templateLists: DataLoader<GravitinoMetalakeScope, readonly GravitinoJobTemplate[], string>;
  /** Templates by name: ONE upstream call per metalake per tick (or none if its list is loaded); null if unknown. */
  readonly templates: DataLoader<GravitinoJobTemplateKey, GravitinoJobTemplate | null, string>;
  /** Every metalake of an instance's server (listMetalakes), by instance id. */
  readonly metalakeLists: DataLoader<string, readonly GravitinoMetalake[], string>;
  /**
   * Metalakes by name: every lookup of one server in a tick is its one listMetalakes (the same call
   * `metalakeLists` makes, so a listed server costs nothing more). Null when the server does not have
   * the metalake or it is not configured (for this tenant): an unconfigured name is never read.
   */
  readonly metalakes: DataLoader<GravitinoMetalakeKey, GravitinoMetalake | null, string>;
}

const scopeKey = (key: GravitinoMetalakeScope): string => stableKey([key.instanceId, key.metalake]);

/**
 * Creates the per-request Gravitino loaders. Gravitino does not page: lists come whole, and its
 * only batch lookup is the list itself, so lookups are grouped per metalake. Every call checks
 * the metalake is configured first: nothing else is ever sent upstream.
 */
export function createGravitinoLoaders(providers: ProviderRegistry): GravitinoLoaders {
  const instances = providers.gravitino;
  // Kept so that lookups can reuse a list this request already asked for.
  const jobListCache = new Map<string, Promise<GravitinoJobList>>();
  // Lists this request has read, searched by `jobs` before it calls: the same answers priming every
  // listed job gave, without a cache entry per item of a list that may hold thousands (issue 13).
  const listedJobs = new ListedJobs();
  const templateListCache = new Map<string, Promise<readonly GravitinoJobTemplate[]>>();

  const jobLists: GravitinoLoaders['jobLists'] = new DataLoader<
    GravitinoJobListKey,
    GravitinoJobList,
    string
  >(
    (keys) =>
      loadByGroup(
        keys,
        stableKey,
        async ([key]) => {
          const { instanceId, metalake, filter } = key as GravitinoJobListKey;
          const list = await requireGravitinoScope(instances, { instanceId, metalake }).client.listJobs(
            metalake,
            filter,
          );
          listedJobs.add({ instanceId, metalake }, list.jobs);
          return [list];
        },
        (key) => jobLists.clear(key),
      ),
    { cacheKeyFn: stableKey, cacheMap: jobListCache },
  );

  const templateJobLists: GravitinoLoaders['templateJobLists'] = new DataLoader<
    GravitinoTemplateJobListKey,
    GravitinoJobList,
    string
  >(
    (keys) =>
      loadByGroup(
        keys,
        (key) => stableKey([key.instanceId, key.metalake, key.filter]),
        async (group) => {
          const { instanceId, metalake, filter, jobTemplateName } = group[0] as GravitinoTemplateJobListKey;
          const whole: GravitinoJobListKey = { instanceId, metalake, filter };
          if (group.length === 1 && !jobListCache.has(stableKey(whole))) {
            return [await jobLists.load({ ...whole, filter: { ...filter, jobTemplateName } })];
          }
          const list = await jobLists.load(whole);
          return group.map((key) => jobsOfTemplate(list, key.jobTemplateName));
        },
        (key) => templateJobLists.clear(key),
      ),
    { cacheKeyFn: stableKey },
  );

  const jobs: GravitinoLoaders['jobs'] = new DataLoader<GravitinoJobKey, GravitinoJob | null, string>(
    (keys) =>
      loadByGroup(
        keys,
        scopeKey,
        async (group) => {
          const first = group[0] as GravitinoJobKey;
          const client = requireGravitinoScope(instances, first).client;
          const listed = group.map((key) => listedJobs.find(key, key.jobId));
          const missing = group.filter((_key, n) => listed[n] === undefined).map((key) => key.jobId);
          if (missing.length === 0) return listed as GravitinoJob[];
          const read = await client.getJobsByIds(first.metalake, missing);
          const byId = new Map(missing.map((jobId, n) => [jobId, read[n] ?? null]));
          return group.map((key, n) => listed[n] ?? byId.get(key.jobId) ?? null);
        },
        (key) => jobs.clear(key),
      ),
    { cacheKeyFn: stableKey },
  );

  const templateLists: GravitinoLoaders['templateLists'] = new DataLoader<
    GravitinoMetalakeScope,
    readonly GravitinoJobTemplate[],
    string
  >(
    (keys) =>
      loadByGroup(
        keys,
        scopeKey,
        async ([key]) => {
          const scope = key as GravitinoMetalakeScope;
          const list = await requireGravitinoScope(instances, scope).client.listJobTemplates(scope.metalake);
          for (const template of list) templates.prime({ ...scope, name: template.name }, template);
          return [list];
        },
        (key) => templateLists.clear(key),
      ),
    { cacheKeyFn: scopeKey, cacheMap: templateListCache },
  );

  const templates: GravitinoLoaders['templates'] = new DataLoader<
    GravitinoJobTemplateKey,
    GravitinoJobTemplate | null,
    string
  >(
    (keys) =>
      loadByGroup(
        keys,
        scopeKey,
        async (group) => {
          const first = group[0] as GravitinoJobTemplateKey;
          const client = requireGravitinoScope(instances, first).client;
          const names = group.map((key) => key.name);
          const listed = templateListCache.get(scopeKey(first));
          if (listed === undefined) return client.getJobTemplatesByNames(first.metalake, names);
          const byName = new Map((await listed).map((template) => [template.name, template]));
          return names.map((name) => byName.get(name) ?? null);
        },
        (key) => templates.clear(key),
      ),
    { cacheKeyFn: stableKey },
  );

  const metalakeLists: GravitinoLoaders['metalakeLists'] = new DataLoader<
    string,
    readonly GravitinoMetalake[],
    string
  >((keys) =>
    loadByGroup(
      keys,
      (key) => key,
      async ([instanceId]) => {
        const instance = findInstance(instances, instanceId ?? '');
        if (!instance) throw notConfiguredInstance('GRAVITINO', instanceId ?? '', 'instance');
        return [await instance.client.listMetalakes()];
      },
      (key) => metalakeLists.clear(key),
    ),
  );

  const metalakes: GravitinoLoaders['metalakes'] = new DataLoader<
    GravitinoMetalakeKey,
    GravitinoMetalake | null,
    string
  >(
    (keys) =>
      loadByGroup(
        keys,
        (key) => key.instanceId,
        async (group) => {
          const instanceId = (group[0] as GravitinoMetalakeKey).instanceId;
          const configured = findInstance(instances, instanceId)?.metalakes ?? [];
          // Asking only about names outside the config is answered here: no call, same null as missing.
          if (!group.some((key) => configured.includes(key.name))) return group.map(() => null);
          const listed = await metalakeLists.load(instanceId);
          const byName = new Map(listed.map((lake) => [lake.name, lake]));
          return group.map((key) => (configured.includes(key.name) ? (byName.get(key.name) ?? null) : null));
        },
        (key) => metalakes.clear(key),
      ),
    { cacheKeyFn: (key) => stableKey([key.instanceId, key.name]) },
  );

  return { jobLists, templateJobLists, jobs, templateLists, templates, metalakeLists, metalakes };
}
