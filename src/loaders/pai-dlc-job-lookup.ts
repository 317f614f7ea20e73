import DataLoader from 'dataloader';
import type { PaiJob } from '../domain/pai-job';
import { BadUserInputError } from '../errors/bad-user-input.error';
import type { PaiJobLookup, PaiJobProvider } from '../providers/pai-dlc/pai-dlc.provider';
import { findInstance, type RegisteredInstance } from '../providers/provider-registry';
import { failedSlot, stableKey } from './call-loader';

/** A job by the instance it lives in and its JobId. */
export interface PaiJobKey {
  readonly instanceId: string;
  readonly jobId: string;
}

type Answer = PaiJob | null | Error;

/** Asks one instance for its share of the batch; a failed call fails only that instance's keys. */
async function lookUpInstance(
  instances: readonly RegisteredInstance<PaiJobProvider>[],
  instanceId: string,
  jobIds: readonly string[],
): Promise<readonly (Answer | PaiJobLookup)[]> {
  const instance = findInstance(instances, instanceId);
  if (!instance) {
    const error = new BadUserInputError(`"${instanceId.slice(0, 64)}" is not a configured PAI-DLC instance.`);
    return jobIds.map(() => error);
  }
  try {
    return await instance.client.getJobsByIds(jobIds);
  } catch (error) {
    const failure = error instanceof Error ? error : new Error('PAI-DLC lookup failed.');
    return jobIds.map(() => failure);
  }
}

/**
 * Jobs by JobId: every lookup of one tick, from anywhere in the request, becomes one ListJobs call
 * (JobIds, wide window) per instance and per 100 ids. Unknown ids are null. Listings prime this
 * loader, so a job already listed costs no call at all.
 */
export function createPaiJobLoader(
  instances: readonly RegisteredInstance<PaiJobProvider>[],
): DataLoader<PaiJobKey, PaiJob | null, string> {
  const loader: DataLoader<PaiJobKey, PaiJob | null, string> = new DataLoader(
    async (keys: readonly PaiJobKey[]) => {
      // DataLoader already dropped duplicate keys, so each instance gets distinct JobIds.
      const byInstance = new Map<string, string[]>();
      for (const key of keys)
        byInstance.set(key.instanceId, [...(byInstance.get(key.instanceId) ?? []), key.jobId]);
      const answers = new Map<string, Answer>();
      await Promise.all(
        [...byInstance].map(async ([instanceId, jobIds]) => {
          const slots = await lookUpInstance(instances, instanceId, jobIds);
          jobIds.forEach((jobId, i) => answers.set(stableKey({ instanceId, jobId }), slots[i] ?? null));
        }),
      );
      return keys.map((key) => {
        const answer = answers.get(stableKey(key)) ?? null;
        return answer instanceof Error ? failedSlot(loader, key, answer) : answer;
      });
    },
    { cacheKeyFn: stableKey },
  );
  return loader;
}
