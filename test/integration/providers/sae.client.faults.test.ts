// The SAE provider under every fault the emulator can inject: the shared resilience contract, and
// the 4xx answers of DescribeJobHistory (executions of one template).
import { DEFAULT_EMULATOR_CREDENTIAL } from '../../../src/emulators/alibaba/alibaba.gateway';
import { toJobExecution } from '../../../src/emulators/sae/sae.materialize';
import { createSaeDataset } from '../../../src/emulators/sae/sae.dataset';
import { createSaeEmulator } from '../../../src/emulators/sae/sae.emulator';
import { startEmulatorServer, type RunningEmulator } from '../../../src/emulators/shared/http-server';
import { SaeUpstreamProvider, type SaeProvider } from '../../../src/providers/sae/sae.provider';
import { alibabaTargetBase } from '../../helpers/alibaba-resilience';
import { describeResilienceContract } from '../../helpers/describe-resilience-contract';
import { getRequestLog, postFaults, resetEmulator } from '../../helpers/emulator-hooks';
import { emulatorAlibabaInstance } from '../../helpers/provider-instances';

const options = {
  seed: 'sae-provider-faults',
  scale: 'small' as const,
  referenceTime: Date.UTC(2026, 0, 15, 12, 0, 0),
  credentials: [DEFAULT_EMULATOR_CREDENTIAL],
};
/** A template that has run, so it has executions to list and look up. */
const template = createSaeDataset(options).templates.find((t) => t.history.count > 2)!;
const PAGE = { currentPage: 1, pageSize: 5 };

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulatorServer(createSaeEmulator(options), { port: 0 });
});
afterAll(() => emulator.stop());

describeResilienceContract<SaeProvider>({
  provider: 'SAE',
  ...alibabaTargetBase(
    () => emulator.url,
    (instance) => SaeUpstreamProvider.forInstance(instance),
  ),
  breakerState: (provider) => provider.breakerState,
  read: { operation: 'ListJobs', call: (p) => p.listJobTemplates({}, PAGE) },
  otherReads: [
    { operation: 'DescribeJobHistory', call: (p) => p.listJobExecutions(template.appId, {}, PAGE) },
    {
      operation: 'DescribeJobStatus',
      call: (p) => p.getJobExecution(template.appId, toJobExecution(template, 0).JobId),
    },
  ],
  missing: (p) => p.listJobExecutions('no-such-app', {}, PAGE),
  incompleteMessage: 'SAE ListJobs returned an incomplete response.',
  batch: { operation: 'ListJobs', call: (p) => p.getJobTemplatesByIds([template.appId]) },
});

describe('SAE DescribeJobHistory 4xx are final', () => {
  beforeEach(() => resetEmulator(emulator.url));

  it.each([
    [400, 'InvalidParameter.Obviously', 'BAD_USER_INPUT'],
    [404, 'InvalidAppId.NotFound', 'NOT_FOUND'],
    [400, 'SignatureDoesNotMatch', 'UNAUTHENTICATED'],
    [403, 'Forbidden.RAM', 'UNAUTHENTICATED'],
  ])('%s %s → %s, one attempt', async (status, code, classification) => {
    await postFaults(emulator.url, {
      kind: 'status',
      status,
      code,
      message: 'refused',
      times: 10,
      operation: 'DescribeJobHistory',
    });
    await expect(
      SaeUpstreamProvider.forInstance(emulatorAlibabaInstance(emulator.url)).listJobExecutions(
        template.appId,
        {},
        PAGE,
      ),
    ).rejects.toMatchObject({
      code: classification,
      upstreamCode: code,
    });
    expect(await getRequestLog(emulator.url, 'DescribeJobHistory')).toHaveLength(1);
  });
});
