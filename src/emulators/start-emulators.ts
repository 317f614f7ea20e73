import { DEFAULT_EMULATOR_CREDENTIAL, type AlibabaCredential } from './alibaba/alibaba.gateway';
import { createEmrServerlessSparkEmulator } from './emr-serverless-spark/emr-serverless-spark.emulator';
import { createGravitinoEmulator } from './gravitino/gravitino.emulator';
import type { GravitinoServerVersion } from './gravitino/gravitino.wire';
import { createPaiDlcEmulator } from './pai-dlc/pai-dlc.emulator';
import type { SaeFieldValueMode } from './sae/list-jobs.query';
import { createSaeEmulator } from './sae/sae.emulator';
import type { EmulatorDataOptions, EmulatorScale, ProviderEmulatorDefinition } from './shared/emulator-types';
import { startEmulatorServer, type RunningEmulator } from './shared/http-server';
import type { ListOrder } from './shared/list-order';

/** The providers, in the order of the endpoints JSON line and of `--port-base` offsets. */
export const EMULATED_PROVIDERS = ['emrServerlessSpark', 'paiDlc', 'sae', 'gravitino'] as const;

/** One of the four emulated providers, keyed as in the endpoints JSON. */
export type EmulatedProvider = (typeof EMULATED_PROVIDERS)[number];

/** `{"emrServerlessSpark": url, "paiDlc": url, "sae": url, "gravitino": url}`: what `jobgraph emulate` prints. */
export type EmulatorEndpoints = Record<EmulatedProvider, string>;

/** How to start the four emulators. Everything is optional; the defaults make a small demo world. */
export interface StartEmulatorsOptions {
  /** First port; the others follow in EMULATED_PROVIDERS order. Default 0: each gets a free port. */
  readonly portBase?: number;
  readonly host?: string;
  readonly scale?: EmulatorScale;
  readonly seed?: string;
  /** Epoch ms the generated history ends at. Default: now, rounded down to the minute. */
  readonly referenceTime?: number;
  /** Share of API calls (0..1) that get a seeded random fault. */
  readonly chaos?: number;
  /** Milliseconds every API call of every emulator waits before its answer (a network round trip). */
  readonly latencyMs?: number;
  /** AccessKey pairs the Alibaba emulators accept. Default: DEFAULT_EMULATOR_CREDENTIAL. */
  readonly credentials?: readonly AlibabaCredential[];
  /** Turns on Gravitino's OAuth bearer check with this HS256 key. */
  readonly gravitinoOAuthSignKey?: string;
  /**
   * The order of the lists whose documentation states none (EMR ListJobRuns, SAE
   * DescribeJobHistory): `newest-first` (default) or `shuffled` (seeded, stable across pages).
   */
  readonly listOrder?: ListOrder;
  /** Page-size caps where the documentation states none. Default: none (only documented maxima apply). */
  readonly pageCaps?: EmulatorPageCaps;
  /** The Gravitino release the emulator answers as: `main` (default) or `1.3.0`. */
  readonly gravitinoVersion?: GravitinoServerVersion;
  /** How SAE ListJobs reads an appIds FieldValue: `strict` (default, documented) or `comma-list`. */
  readonly saeFieldValue?: SaeFieldValueMode;
}

/**
 * Silent caps on page sizes the documentation does not bound: a larger page is served as `cap`
 * items, page numbers (PAI) counting pages of that size, the token (EMR) resuming after them.
 */
export interface EmulatorPageCaps {
  /** PAI-DLC ListJobs `PageSize`. */
  readonly paiListJobs?: number;
  /** EMR Serverless Spark ListWorkspaces `maxResults`. */
  readonly emrListWorkspaces?: number;
}

/** The running emulators: endpoints for config, the servers for test hooks, and one `stop()`. */
export interface RunningEmulators {
  readonly endpoints: EmulatorEndpoints;
  readonly emulators: Readonly<Record<EmulatedProvider, RunningEmulator>>;
  stop(): Promise<void>;
}

/** The seed used when none is given, so two machines see the same demo data. */
export const DEFAULT_EMULATOR_SEED = 'jobgraph';

function definitions(options: StartEmulatorsOptions): Record<EmulatedProvider, ProviderEmulatorDefinition> {
  const data: EmulatorDataOptions = {
    seed: options.seed ?? DEFAULT_EMULATOR_SEED,
    scale: options.scale ?? 'small',
    referenceTime: options.referenceTime ?? Math.floor(Date.now() / 60_000) * 60_000,
  };
  const credentials = options.credentials ?? [DEFAULT_EMULATOR_CREDENTIAL];
  return {
    emrServerlessSpark: createEmrServerlessSparkEmulator({
      ...data,
      credentials,
      ...(options.listOrder ? { listOrder: options.listOrder } : {}),
      ...(options.pageCaps?.emrListWorkspaces !== undefined
        ? { listWorkspacesPageCap: options.pageCaps.emrListWorkspaces }
        : {}),
    }),
    paiDlc: createPaiDlcEmulator({
      ...data,
      credentials,
      ...(options.pageCaps?.paiListJobs !== undefined
        ? { listJobsPageCap: options.pageCaps.paiListJobs }
        : {}),
    }),
    sae: createSaeEmulator({
      ...data,
      credentials,
      ...(options.listOrder ? { listOrder: options.listOrder } : {}),
      ...(options.saeFieldValue ? { fieldValue: options.saeFieldValue } : {}),
    }),
    gravitino: createGravitinoEmulator({
      ...data,
      ...(options.gravitinoOAuthSignKey ? { oauth: { signKey: options.gravitinoOAuthSignKey } } : {}),
      ...(options.gravitinoVersion ? { version: options.gravitinoVersion } : {}),
    }),
  };
}

/** Starts the four provider emulators in-process on loopback. */
export async function startEmulators(options: StartEmulatorsOptions = {}): Promise<RunningEmulators> {
  const byProvider = definitions(options);
  const started: RunningEmulator[] = [];
  try {
    for (const [index, provider] of EMULATED_PROVIDERS.entries()) {
      const port = options.portBase ? options.portBase + index : 0;
      started.push(
        await startEmulatorServer(byProvider[provider], {
          port,
          host: options.host ?? '127.0.0.1',
          ...(options.latencyMs ? { latencyMs: options.latencyMs } : {}),
          ...(options.chaos
            ? { chaos: { rate: options.chaos, seed: `${options.seed ?? DEFAULT_EMULATOR_SEED}/${provider}` } }
            : {}),
        }),
      );
    }
  } catch (error) {
    await Promise.all(started.map((emulator) => emulator.stop()));
    throw error;
  }
  const emulators = Object.fromEntries(EMULATED_PROVIDERS.map((p, i) => [p, started[i]])) as Record<
    EmulatedProvider,
    RunningEmulator
  >;
  const endpoints = Object.fromEntries(
    EMULATED_PROVIDERS.map((p) => [p, emulators[p].url]),
  ) as EmulatorEndpoints;
  return {
    endpoints,
    emulators,
    stop: async () => {
      await Promise.all(started.map((emulator) => emulator.stop()));
    },
  };
}
