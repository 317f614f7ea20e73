/** A time as the user's locale writes it, or a dash when unknown. */
export function formatTime(iso: string | null | undefined): string {
  return iso ? new Date(iso).toLocaleString() : '—';
}

/** A duration in milliseconds as `1h 02m`, `3m 20s` or `850 ms`, or a dash when unknown. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = Math.round(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`;
  if (m > 0) return `${m}m ${String(s).padStart(2, '0')}s`;
  return `${s}s`;
}

const PROVIDER_LABELS: Readonly<Record<string, string>> = {
  EMR_SERVERLESS_SPARK: 'EMR Serverless Spark',
  PAI_DLC: 'PAI-DLC',
  SAE: 'SAE',
  GRAVITINO: 'Gravitino',
};

/** A provider's name for people. */
export function providerLabel(provider: string): string {
  return PROVIDER_LABELS[provider] ?? provider;
}
