/** The upstream providers jobgraph reads from. */
export const PROVIDER_IDS = ['EMR_SERVERLESS_SPARK', 'PAI_DLC', 'SAE', 'GRAVITINO'] as const;

/** One upstream provider. */
export type ProviderId = (typeof PROVIDER_IDS)[number];

/** Narrows an unknown string to a ProviderId. */
export function isProviderId(value: string): value is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(value);
}

/** How messages name each provider ("is not a configured PAI-DLC instance"). */
export const PROVIDER_LABELS: Readonly<Record<ProviderId, string>> = {
  EMR_SERVERLESS_SPARK: 'EMR Serverless Spark',
  PAI_DLC: 'PAI-DLC',
  SAE: 'SAE',
  GRAVITINO: 'Gravitino',
};
