/** The upstream providers jobgraph reads from. */
export const PROVIDER_IDS = ['EMR_SERVERLESS_SPARK', 'PAI_DLC', 'SAE', 'GRAVITINO'] as const;

/** One upstream provider. */
export type ProviderId = (typeof PROVIDER_IDS)[number];

/** Narrows an unknown string to a ProviderId. */
export function isProviderId(value: string): value is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(value);
}
