import DataLoader from 'dataloader';
import type { Workspace } from '../domain/workspace';
import { BadUserInputError } from '../errors/bad-user-input.error';
import type { EmrServerlessSparkProvider } from '../providers/emr-serverless-spark/emr-serverless-spark.provider';
import { findInstance, type RegisteredInstance } from '../providers/provider-registry';
import { failedSlot, stableKey } from './call-loader';

/** A workspace by the instance (account + region) it lives in and its id. */
export interface EmrWorkspaceKey {
  readonly instanceId: string;
  readonly workspaceId: string;
}

type Answer = Workspace | null | Error;

/** One instance's share of a batch; a failed scan fails only that instance's keys. */
async function lookUpInstance(
  instances: readonly RegisteredInstance<EmrServerlessSparkProvider>[],
  instanceId: string,
  workspaceIds: readonly string[],
): Promise<readonly Answer[]> {
  const instance = findInstance(instances, instanceId);
  if (!instance) {
    const error = new BadUserInputError(
      `"${instanceId.slice(0, 64)}" is not a configured EMR Serverless Spark instance.`,
    );
    return workspaceIds.map(() => error);
  }
  try {
    return await instance.client.getWorkspacesByIds(workspaceIds);
  } catch (error) {
    const failure =
      error instanceof Error ? error : new Error('EMR Serverless Spark workspace lookup failed.');
    return workspaceIds.map(() => failure);
  }
}

/**
 * Workspaces by id. EMR has no GetWorkspace and no id filter, so every lookup of one tick, from
 * anywhere in the request, becomes ONE getWorkspacesByIds per instance (one ListWorkspaces scan of
 * the region at 100 a page). Unknown ids are null. Listings prime this loader, so a workspace the
 * request already listed costs nothing.
 */
export function createEmrWorkspaceLoader(
  instances: readonly RegisteredInstance<EmrServerlessSparkProvider>[],
  batchScheduleFn?: (dispatch: () => void) => void,
): DataLoader<EmrWorkspaceKey, Workspace | null, string> {
  const loader: DataLoader<EmrWorkspaceKey, Workspace | null, string> = new DataLoader(
    async (keys: readonly EmrWorkspaceKey[]) => {
      // DataLoader already dropped duplicate keys, so each instance gets distinct ids.
      const byInstance = new Map<string, string[]>();
      for (const key of keys)
        byInstance.set(key.instanceId, [...(byInstance.get(key.instanceId) ?? []), key.workspaceId]);
      const answers = new Map<string, Answer>();
      await Promise.all(
        [...byInstance].map(async ([instanceId, workspaceIds]) => {
          const slots = await lookUpInstance(instances, instanceId, workspaceIds);
          workspaceIds.forEach((workspaceId, i) =>
            answers.set(stableKey({ instanceId, workspaceId }), slots[i] ?? null),
          );
        }),
      );
      return keys.map((key) => {
        const answer = answers.get(stableKey(key)) ?? null;
        return answer instanceof Error ? failedSlot(loader, key, answer) : answer;
      });
    },
    { cacheKeyFn: stableKey, ...(batchScheduleFn ? { batchScheduleFn } : {}) },
  );
  return loader;
}
