// Types of bench/profile-summary.cjs for the TypeScript test that imports it (test/unit/bench/profile-summary.test.ts).

/** A V8 .cpuprofile (node --cpu-prof), the parts the summary reads. */
export interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber?: number };
    readonly children?: readonly number[];
    readonly positionTicks?: readonly { readonly line: number; readonly ticks: number }[];
  }[];
  /** Microseconds, on the profiled process's monotonic clock. */
  readonly startTime: number;
  readonly endTime?: number;
  /** The node id of each sample. */
  readonly samples: readonly number[];
  /** Microseconds since the previous sample (the first: since startTime). */
  readonly timeDeltas: readonly number[];
}

export type CategoryKey =
  | 'gc'
  | 'http'
  | 'json'
  | 'graphql'
  | 'apollo'
  | 'typeGraphql'
  | 'dataloader'
  | 'pipeline'
  | 'observability'
  | 'asyncContext'
  | 'scheduling'
  | 'upstream'
  | 'resilience'
  | 'crypto'
  | 'mapping'
  | 'schema'
  | 'proxy'
  | 'other';

export interface CategoryTime {
  readonly key: CategoryKey;
  readonly label: string;
  readonly ms: number;
  /** ms / requests; null without requests. */
  readonly msPerRequest: number | null;
  /** Of the busy time (0..1). */
  readonly share: number;
}

export interface ProfileSummary {
  readonly requests: number;
  readonly windowed: boolean;
  /** Every sample but idle, (program) and loading code. */
  readonly busyMs: number;
  readonly busyMsPerRequest: number | null;
  readonly loadingMs: number;
  readonly idleMs: number;
  readonly categories: readonly CategoryTime[];
  readonly top: readonly {
    readonly name: string;
    readonly file: string;
    readonly ms: number;
    readonly share: number;
  }[];
}

export declare const CATEGORIES: readonly { readonly key: CategoryKey; readonly label: string }[];

export declare function summariseProfile(
  profile: CpuProfile,
  options: {
    requests: number;
    window?: { startUs: number; endUs: number } | null;
    top?: number;
    lineText?: ((url: string, line: number) => string | undefined) | null;
  },
): ProfileSummary;
