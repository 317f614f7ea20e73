import type { ProviderRegistry } from '../providers/provider-registry';

// PLACEHOLDER (being replaced in this session): this provider's per-request DataLoaders.
export type SaeLoaders = Record<string, never>;

export function createSaeLoaders(_providers: ProviderRegistry): SaeLoaders {
  return {};
}
