/** A normalized JobStatus as a coloured badge (styles.css gives each status its colour). */
export function StatusBadge({ status, title }: { status: string; title?: string }) {
  return (
    <span className={`badge status-${status.toLowerCase()}`} title={title}>
      {status}
    </span>
  );
}
