import type DataLoader from 'dataloader';
import type { SaeJobExecution, SaeJobTemplate } from '../domain/sae-job';
import { notConfiguredInstance } from '../errors/not-configured-instance';
import type { NumberedPage } from '../domain/upstream-page';
import { findInstance, type ProviderRegistry } from '../providers/provider-registry';
import type { SaeJobExecutionFilter, SaeJobTemplateFilter } from '../domain/sae-job-filter';
import {
  checkSaePage,
  lookupScopeOf,
  type SaeLookupScope,
  type SaePageRequest,
  type SaeTemplateRef,
} from '../providers/sae/sae-query';
import { pageOfList, type SaeProvider } from '../providers/sae/sae.provider';
import { SAE_LIST_JOBS_MAX_PAGE_SIZE } from '../domain/upstream-page-limits';
import { callLoader } from './call-loader';
import { createByIdLoader } from './by-id-loader';

/** A template by the instance it lives in and its AppId. */
export interface SaeTemplateKey {
  readonly instanceId: string;
  readonly appId: string;
}

/** One ListJobs page of one instance. */
export interface SaeTemplatePageKey {
  readonly instanceId: string;
  readonly filter: SaeJobTemplateFilter;
  readonly page: SaePageRequest;
}

/** The templates of one appIds listing of one instance: its ids and its other filters. */
export interface SaeTemplateSetKey {
  readonly instanceId: string;
  readonly appIds: readonly string[];
  readonly scope: SaeLookupScope;
}

/** One DescribeJobHistory page of one template; the template's name becomes its executions' `name`. */
export interface SaeExecutionPageKey {
  readonly instanceId: string;
  readonly template: SaeTemplateRef;
  readonly filter: SaeJobExecutionFilter;
  readonly page: SaePageRequest;
}

/** One execution by its template and JobId. */
export interface SaeExecutionKey {
  readonly instanceId: string;
  readonly appId: string;
  readonly jobId: string;
}

/** The SAE loaders of one request. */
export interface SaeLoaders {
  /**
   * Templates by AppId, every lookup of a tick in one provider call per instance (one ListJobs per
   * id, or batched: SaeInstanceConfig.batchAppIdLookups); primed by listings.
   */
  readonly templatesById: DataLoader<SaeTemplateKey, SaeJobTemplate | null, string>;
  /** The templates of an appIds listing, looked up once per request (its pages and total are slices). */
  readonly templateSets: DataLoader<SaeTemplateSetKey, readonly SaeJobTemplate[], string>;
  /** ListJobs pages, deduped; an appIds listing's pages are slices of templateSets. */
  readonly templatePages: DataLoader<SaeTemplatePageKey, NumberedPage<SaeJobTemplate>, string>;
  /** DescribeJobHistory pages, deduped. */
  readonly executionPages: DataLoader<SaeExecutionPageKey, NumberedPage<SaeJobExecution>, string>;
  /**
   * One execution named after its template: DescribeJobStatus and the batched template lookup run
   * side by side. Null when the template or the execution does not exist.
   */
  execution(key: SaeExecutionKey): Promise<SaeJobExecution | null>;
}

/** An execution read without its template's name, renamed once the template is known. */
function namedAfter(execution: SaeJobExecution, template: SaeJobTemplate): SaeJobExecution {
  return template.appName === null
    ? execution
    : { ...execution, name: template.appName, appName: template.appName };
}

/** Creates the SAE loaders of one request over the configured instances. */
export function createSaeLoaders(providers: ProviderRegistry): SaeLoaders {
  const client = (instanceId: string): SaeProvider => {
    const instance = findInstance(providers.sae, instanceId);
    if (!instance) throw notConfiguredInstance('SAE', instanceId);
    return instance.client;
  };
  // One provider lookup per instance per tick: the provider dedupes, bounds and (maybe) batches.
  const templatesById = createByIdLoader<SaeTemplateKey, SaeJobTemplate, SaeProvider>({
    provider: 'SAE',
    instances: providers.sae,
    idOf: (key) => key.appId,
    lookUp: (client, ids) => client.getJobTemplatesByIds(ids),
  });
  const templateSets = callLoader((key: SaeTemplateSetKey) =>
    client(key.instanceId).findJobTemplates(key.appIds, key.scope),
  );
  const templatePages = callLoader(
    async (key: SaeTemplatePageKey): Promise<NumberedPage<SaeJobTemplate>> => {
      const { field } = key.filter;
      if (field?.type !== 'appIds') return client(key.instanceId).listJobTemplates(key.filter, key.page);
      checkSaePage(key.page, SAE_LIST_JOBS_MAX_PAGE_SIZE);
      const appIds = field.value;
      const set = await templateSets.load({
        instanceId: key.instanceId,
        appIds,
        scope: lookupScopeOf(key.filter),
      });
      return pageOfList(set, key.page);
    },
    (_key, page) => {
      for (const template of page.items)
        templatesById.prime({ instanceId: template.instanceId, appId: template.appId }, template);
    },
  );
  // Raw DescribeJobStatus answers, before the template's name is known.
  const executionsById = callLoader((key: SaeExecutionKey) =>
    client(key.instanceId).getJobExecution(key.appId, key.jobId),
  );
  const executionPages = callLoader(
    (key: SaeExecutionPageKey) =>
      client(key.instanceId).listJobExecutions(key.template, key.filter, key.page),
    (key, page) => {
      for (const execution of page.items) {
        executionsById.prime(
          { instanceId: key.instanceId, appId: execution.appId, jobId: execution.jobId },
          execution,
        );
      }
    },
  );
  return {
    templatesById,
    templateSets,
    templatePages,
    executionPages,
    async execution(key) {
      // Both loads start in this tick, so template lookups of sibling executions share one ListJobs.
      const [template, execution] = await Promise.all([
        templatesById.load({ instanceId: key.instanceId, appId: key.appId }),
        executionsById.load(key),
      ]);
      return template === null || execution === null ? null : namedAfter(execution, template);
    },
  };
}
