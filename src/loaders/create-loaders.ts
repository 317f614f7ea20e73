import type { ProviderRegistry } from '../providers/provider-registry';
import {
  createEmrServerlessSparkLoaders,
  type EmrServerlessSparkLoaders,
} from './emr-serverless-spark.loaders';
import { createGravitinoLoaders, type GravitinoLoaders } from './gravitino.loaders';
import { createPaiDlcLoaders, type PaiDlcLoaders } from './pai-dlc.loaders';
import { createSaeLoaders, type SaeLoaders } from './sae.loaders';

/** Every DataLoader of one request, by provider. */
export interface Loaders {
  readonly emrServerlessSpark: EmrServerlessSparkLoaders;
  readonly paiDlc: PaiDlcLoaders;
  readonly sae: SaeLoaders;
  readonly gravitino: GravitinoLoaders;
}

/**
 * Called once per request from the context function, never at module level (DESIGN §4.6):
 * a loader's cache must not outlive the request or cross callers.
 */
export function createLoaders(providers: ProviderRegistry): Loaders {
  return {
    emrServerlessSpark: createEmrServerlessSparkLoaders(providers),
    paiDlc: createPaiDlcLoaders(providers),
    sae: createSaeLoaders(providers),
    gravitino: createGravitinoLoaders(providers),
  };
}
