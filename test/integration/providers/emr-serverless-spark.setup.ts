// Shared setup of the EMR Serverless Spark provider suites: one emulator on port 0 with a known
// dataset (for expectations computed independently of the provider), and small result helpers.
import { UpstreamError } from '../../../src/errors/upstream.error';
import { DEFAULT_EMULATOR_CREDENTIAL } from '../../../src/emulators/alibaba/alibaba.gateway';
import { createEmrDataset } from '../../../src/emulators/emr-serverless-spark/emr-serverless-spark.dataset';
import { createEmrServerlessSparkEmulator } from '../../../src/emulators/emr-serverless-spark/emr-serverless-spark.emulator';
import type {
  EmrDataset,
  WorkspaceRecord,
} from '../../../src/emulators/emr-serverless-spark/emr-serverless-spark.model';
import type { EmulatorDataOptions } from '../../../src/emulators/shared/emulator-types';
import { startEmulatorServer, type RunningEmulator } from '../../../src/emulators/shared/http-server';

/** A running EMR emulator and the dataset it serves. */
export interface EmrEmulatorUnderTest {
  readonly emulator: RunningEmulator;
  readonly dataset: EmrDataset;
  readonly data: EmulatorDataOptions;
  /** The workspace with the most runs (> 1000 at small scale). */
  readonly heavy: WorkspaceRecord;
}

/** Starts the emulator with the given seed; the caller stops it in afterAll. */
export async function startEmrEmulator(seed: string): Promise<EmrEmulatorUnderTest> {
  const data: EmulatorDataOptions = { seed, scale: 'small', referenceTime: Date.UTC(2026, 0, 15, 8) };
  const emulator = await startEmulatorServer(
    createEmrServerlessSparkEmulator({ ...data, credentials: [DEFAULT_EMULATOR_CREDENTIAL] }),
    { port: 0 },
  );
  const dataset = createEmrDataset(data);
  const runCounts = dataset.workspaces.map((_, i) => dataset.runs.filter((r) => r.workspace === i).length);
  const heavy = dataset.workspaces[runCounts.indexOf(Math.max(...runCounts))] as WorkspaceRecord;
  return { emulator, dataset, data, heavy };
}

/** What a call ended in: 'ok', or the UpstreamError it rejected with (anything else is rethrown). */
export async function upstreamOutcome(promise: Promise<unknown>): Promise<UpstreamError | 'ok'> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error;
    return error;
  }
}

/** The rejection of a promise that must reject. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}
