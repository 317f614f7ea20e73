/** The upstream providers jobgraph reads from. */
export const PROVIDER_IDS = ['EMR_SERVERLESS_SPARK', 'PAI_DLC', 'SAE', 'GRAVITINO'] as const;

/** One upstream provider. */
export type ProviderId = (typeof PROVIDER_IDS)[number];

/** How messages name each provider ("is not a configured PAI-DLC instance"). */
export const PROVIDER_LABELS: Readonly<Record<ProviderId, string>> = {
  EMR_SERVERLESS_SPARK: 'EMR Serverless Spark',
  PAI_DLC: 'PAI-DLC',
  SAE: 'SAE',
  GRAVITINO: 'Gravitino',
};
