// The PAI-DLC provider under every fault the emulator can inject: the shared resilience contract,
// and how a GetJob NOT_FOUND differs from its other 4xx answers.
import { DEFAULT_EMULATOR_CREDENTIAL } from '../../../src/emulators/alibaba/alibaba.gateway';
import { createPaiDlcDataset } from '../../../src/emulators/pai-dlc/pai-dlc.dataset';
import { createPaiDlcEmulator } from '../../../src/emulators/pai-dlc/pai-dlc.emulator';
import { startEmulatorServer, type RunningEmulator } from '../../../src/emulators/shared/http-server';
import { PaiDlcUpstreamProvider, type PaiDlcProvider } from '../../../src/providers/pai-dlc/pai-dlc.provider';
import { alibabaTargetBase } from '../../helpers/alibaba-resilience';
import { describeResilienceContract } from '../../helpers/describe-resilience-contract';
import { getRequestLog, postFaults, resetEmulator } from '../../helpers/emulator-hooks';
import { emulatorAlibabaInstance } from '../../helpers/provider-instances';

const options = {
  seed: 'pai-provider-faults',
  scale: 'small' as const,
  referenceTime: Date.UTC(2026, 0, 15, 12, 0, 0),
  credentials: [DEFAULT_EMULATOR_CREDENTIAL],
};
const job = createPaiDlcDataset(options).rows[10]!;
const PAGE = { pageNumber: 1, pageSize: 5 };

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulatorServer(createPaiDlcEmulator(options), { port: 0 });
});
afterAll(() => emulator.stop());

describeResilienceContract<PaiDlcProvider>({
  provider: 'PAI_DLC',
  ...alibabaTargetBase(
    () => emulator.url,
    (instance) => PaiDlcUpstreamProvider.forInstance(instance),
  ),
  breakerState: (provider) => provider.breakerState,
  read: { operation: 'ListJobs', call: (p) => p.listJobs({}, PAGE) },
  otherReads: [{ operation: 'GetJob', call: (p) => p.getJob(job.jobId) }],
  missing: (p, i) => p.getJob(`dlc-nope-${i}`),
  incompleteMessage: 'PAI_DLC ListJobs returned an incomplete response.',
  batch: { operation: 'ListJobs', call: (p) => p.getJobsByIds([job.jobId]) },
});

describe('PAI-DLC GetJob 4xx', () => {
  beforeEach(() => resetEmulator(emulator.url));

  it('NOT_FOUND is null after one attempt; other GetJob 4xx stay errors', async () => {
    const provider = PaiDlcUpstreamProvider.forInstance(emulatorAlibabaInstance(emulator.url));
    await postFaults(emulator.url, {
      kind: 'status',
      status: 404,
      code: 'InvalidJobId.NotFound',
      message: 'no',
      times: 1,
      operation: 'GetJob',
    });
    expect(await provider.getJob(job.jobId)).toBeNull();
    await postFaults(emulator.url, {
      kind: 'status',
      status: 403,
      code: 'Forbidden.RAM',
      message: 'denied',
      times: 1,
      operation: 'GetJob',
    });
    await expect(provider.getJob(job.jobId)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await getRequestLog(emulator.url, 'GetJob')).map((entry) => entry.fault)).toEqual([
      'status',
      'status',
    ]);
  });
});
