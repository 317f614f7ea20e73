import DataLoader from 'dataloader';
import type { SaeJobTemplate } from '../domain/sae-job';
import { BadUserInputError } from '../errors/bad-user-input.error';
import { findInstance, type RegisteredInstance } from '../providers/provider-registry';
import type { SaeJobProvider } from '../providers/sae/sae.provider';
import { failedSlot, stableKey } from './call-loader';

/** A template by the instance it lives in and its AppId. */
export interface SaeTemplateKey {
  readonly instanceId: string;
  readonly appId: string;
}

type Answer = SaeJobTemplate | null | Error;

/** Asks one instance for its share of the batch; a failed call fails only that instance's keys. */
async function lookUpInstance(
  instances: readonly RegisteredInstance<SaeJobProvider>[],
  instanceId: string,
  appIds: readonly string[],
): Promise<readonly Answer[]> {
  const instance = findInstance(instances, instanceId);
  if (!instance) {
    const error = new BadUserInputError(`"${instanceId}" is not a configured SAE instance.`);
    return appIds.map(() => error);
  }
  try {
    return await instance.client.getJobTemplatesByIds(appIds);
  } catch (error) {
    const failure = error instanceof Error ? error : new Error('SAE lookup failed.');
    return appIds.map(() => failure);
  }
}

/**
 * Templates by AppId: every lookup of one tick, from anywhere in the request, becomes one ListJobs
 * call with FieldType=appIds per instance (the provider splits past 200 ids). Unknown ids are null.
 * Listings prime this loader, so a template already listed costs no call at all.
 */
export function createSaeTemplateLoader(
  instances: readonly RegisteredInstance<SaeJobProvider>[],
): DataLoader<SaeTemplateKey, SaeJobTemplate | null, string> {
  const loader: DataLoader<SaeTemplateKey, SaeJobTemplate | null, string> = new DataLoader(
    async (keys: readonly SaeTemplateKey[]) => {
      // DataLoader already dropped duplicate keys, so each instance gets distinct AppIds.
      const byInstance = new Map<string, string[]>();
      for (const key of keys) {
        const appIds = byInstance.get(key.instanceId) ?? [];
        appIds.push(key.appId);
        byInstance.set(key.instanceId, appIds);
      }
      const answers = new Map<string, Answer>();
      await Promise.all(
        [...byInstance].map(async ([instanceId, appIds]) => {
          const slots = await lookUpInstance(instances, instanceId, appIds);
          appIds.forEach((appId, i) => answers.set(stableKey({ instanceId, appId }), slots[i] ?? null));
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
