// The EMR Serverless Spark provider under every fault the emulator can inject: the shared resilience
// contract (odd-shaped bodies: emr-serverless-spark.odd-upstream.test.ts).
import type { RunningEmulator } from '../../../src/emulators/shared/http-server';
import {
  EmrServerlessSparkUpstreamProvider,
  type EmrServerlessSparkProvider,
} from '../../../src/providers/emr-serverless-spark/emr-serverless-spark.provider';
import { describeResilienceContract } from '../../helpers/describe-resilience-contract';
import { alibabaTargetBase } from '../../helpers/alibaba-resilience';
import { startEmrEmulator } from './emr-serverless-spark.setup';

let emulator: RunningEmulator;
let workspaceId: string;
let regionId: string;
let jobRunId: string;

beforeAll(async () => {
  const started = await startEmrEmulator('emr-faults');
  emulator = started.emulator;
  const run = started.dataset.runs.find((r) => started.dataset.workspaces[r.workspace] === started.heavy);
  workspaceId = started.heavy.wire.workspaceId;
  regionId = started.heavy.wire.regionId;
  jobRunId = run?.jobRunId ?? '';
});
afterAll(() => emulator.stop());

describeResilienceContract<EmrServerlessSparkProvider>({
  provider: 'EMR_SERVERLESS_SPARK',
  ...alibabaTargetBase(
    () => emulator.url,
    (instance) => EmrServerlessSparkUpstreamProvider.forInstance(instance),
    () => ({ regionId }),
  ),
  breakerState: (provider) => provider.breakerState,
  read: { operation: 'ListJobRuns', call: (p) => p.listJobRuns(workspaceId, {}, { maxResults: 5 }) },
  otherReads: [
    { operation: 'ListWorkspaces', call: (p) => p.listWorkspaces({}, { maxResults: 10 }) },
    { operation: 'GetJobRun', call: (p) => p.getJobRun(workspaceId, jobRunId) },
    // By-id lookups scan ListWorkspaces (there is no GetWorkspace); a failed scan fails the batch.
    { operation: 'ListWorkspaces', call: (p) => p.getWorkspacesByIds([workspaceId]) },
  ],
  missing: (p, i) => p.getJobRun(workspaceId, `jr-missing-${i}`),
  incompleteMessage: 'EMR_SERVERLESS_SPARK ListJobRuns returned an incomplete response.',
});
