import type { ProviderRegistry } from '../providers/provider-registry';

// PLACEHOLDER (being replaced in this session): this provider's per-request DataLoaders.
export type GravitinoLoaders = Record<string, never>;

export function createGravitinoLoaders(_providers: ProviderRegistry): GravitinoLoaders {
  return {};
}
