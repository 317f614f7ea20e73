/** A GraphQL name jobgraph will put in a label or a log field: a name, never free text. */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** Distinct operation names one gateway labels by name; later ones share `other`. */
export const MAX_OPERATION_LABELS = 200;

/**
 * The `operation` label of a request, bounded so no client can grow the series without limit:
 * `anonymous` for an operation without a name, the name itself for the first MAX_OPERATION_LABELS
 * well-formed names this gateway sees, `other` for every other name (malformed, or past the cap).
 * One per gateway: the names are remembered for the life of its metrics registry.
 */
export class OperationLabels {
  private readonly seen = new Set<string>();

  constructor(private readonly cap: number = MAX_OPERATION_LABELS) {}

  label(name: string | null | undefined): string {
    if (name === null || name === undefined || name === '') return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.seen.has(name)) return name;
    if (this.seen.size >= this.cap) return 'other';
    this.seen.add(name);
    return name;
  }
}
