// Types of bench/scenarios.cjs for the TypeScript test that imports it (test/integration/bench-scenarios.test.ts).

/** Upstream calls by emulated provider, then by operation (as the emulators' request logs name it). */
export type CallCounts = Partial<
  Record<'emrServerlessSpark' | 'paiDlc' | 'sae' | 'gravitino', Record<string, number>>
>;

/** One GraphQL read of a scenario. */
export interface BenchOperation {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

/** The facts the scenarios are built from (ids, cursors, source counts), found by `discover`. */
export type BenchFacts = Record<string, unknown>;

/** The fewest upstream calls for one operation: fixed, or computed from the facts and that operation's answer. */
export type MinimumCalls = CallCounts | ((facts: BenchFacts, data: Record<string, unknown>) => CallCounts);

/** One benchmark scenario. */
export interface BenchScenario {
  readonly name: string;
  readonly title: string;
  /** The one provider it reads, or null when it reads several. */
  readonly provider: 'emrServerlessSpark' | 'paiDlc' | 'sae' | 'gravitino' | null;
  operations(facts: BenchFacts): BenchOperation[];
  /** Aligned with `operations`. */
  readonly minimum: readonly MinimumCalls[];
  /** The same read through GraphQL Mesh, where Mesh can express it. */
  readonly mesh?: (facts: BenchFacts) => BenchOperation;
  /** Why an operation may make a call over its minimum (printed beside the P1 verdict). */
  readonly callGapNote?: string;
}

/** Emulator options every scenario assumes. */
export declare const BENCH_EMULATORS: { scale: 'large'; seed: string; referenceTime: number };
/** The metalake of the Gravitino scenarios. */
export declare const BENCH_METALAKE: string;
/** The scenarios. */
export declare const SCENARIOS: readonly BenchScenario[];
/** Reads the ids and cursors the scenarios need through `post`, which resolves to a response's data. */
export declare function discover(
  post: (query: string, variables: Record<string, unknown>) => Promise<Record<string, unknown>>,
): Promise<BenchFacts>;
/** The minimum of operation `index` of `scenario`, for that operation's answer. */
export declare function minimumCalls(
  scenario: BenchScenario,
  index: number,
  facts: BenchFacts,
  data: Record<string, unknown>,
): CallCounts;
/** P4's two timing-only scenarios (bench only). */
export declare const P4_SCENARIOS: readonly BenchScenario[];
