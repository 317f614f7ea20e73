import type { ProviderRegistry } from '../providers/provider-registry';

// PLACEHOLDER (being replaced in this session): this provider's per-request DataLoaders.
export type EmrServerlessSparkLoaders = Record<string, never>;

export function createEmrServerlessSparkLoaders(_providers: ProviderRegistry): EmrServerlessSparkLoaders {
  return {};
}
