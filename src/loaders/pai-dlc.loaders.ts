import type { ProviderRegistry } from '../providers/provider-registry';

// PLACEHOLDER (being replaced in this session): this provider's per-request DataLoaders.
export type PaiDlcLoaders = Record<string, never>;

export function createPaiDlcLoaders(_providers: ProviderRegistry): PaiDlcLoaders {
  return {};
}
