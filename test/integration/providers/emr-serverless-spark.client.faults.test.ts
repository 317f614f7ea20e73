// The EMR Serverless Spark provider under every fault the emulator can inject: the shared resilience
// contract (odd-shaped bodies: emr-serverless-spark.odd-upstream.test.ts).
import { Secret } from '../../../src/config/secret';
import { DEFAULT_EMULATOR_CREDENTIAL } from '../../../src/emulators/alibaba/alibaba-gateway';
import type { RunningEmulator } from '../../../src/emulators/shared/http-server';
import { EmrServerlessSparkProvider } from '../../../src/providers/emr-serverless-spark/emr-serverless-spark.provider';
import { describeResilienceContract } from '../../helpers/describe-resilience-contract';
import { emulatorAlibabaInstance } from '../../helpers/provider-instances';
import { ALIBABA_CLIENT_ERRORS, ALIBABA_REQUEST_ID } from '../../helpers/alibaba-resilience';
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
  url: () => emulator.url,
  connect: (resilience) =>
    new EmrServerlessSparkProvider(emulatorAlibabaInstance(emulator.url, { regionId, resilience })),
  breakerState: (provider) => provider.breakerState,
  read: { operation: 'ListJobRuns', call: (p) => p.listJobRuns(workspaceId, {}, { maxResults: 5 }) },
  otherReads: [
    { operation: 'ListWorkspaces', call: (p) => p.listWorkspaces({}, { maxResults: 10 }) },
    { operation: 'GetJobRun', call: (p) => p.getJobRun(workspaceId, jobRunId) },
    // By-id lookups scan ListWorkspaces (there is no GetWorkspace); a failed scan fails the batch.
    { operation: 'ListWorkspaces', call: (p) => p.getWorkspacesByIds([workspaceId]) },
  ],
  missing: (p, i) => p.getJobRun(workspaceId, `jr-missing-${i}`),
  upstreamCode: (fault) => fault.code,
  incompleteMessage: 'EMR_SERVERLESS_SPARK ListJobRuns returned an incomplete response.',
  throttleCode: 'Throttling.User',
  throttleHintMs: 150,
  requestId: ALIBABA_REQUEST_ID,
  clientErrors: ALIBABA_CLIENT_ERRORS,
  wrongCredentials: {
    secret: 'wrong-secret',
    upstreamCode: 'SignatureDoesNotMatch',
    connect: () =>
      new EmrServerlessSparkProvider(
        emulatorAlibabaInstance(emulator.url, {
          regionId,
          credentials: {
            type: 'access_key',
            accessKeyId: new Secret(DEFAULT_EMULATOR_CREDENTIAL.accessKeyId),
            accessKeySecret: new Secret('wrong-secret'),
          },
        }),
      ),
  },
});
