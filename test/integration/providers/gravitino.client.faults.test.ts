// The Gravitino provider under every fault the emulator can inject: the shared resilience contract,
// and Gravitino's own retried code (1007, a catalog connection failure).
import { createGravitinoEmulator } from '../../../src/emulators/gravitino/gravitino.emulator';
import { startEmulatorServer, type RunningEmulator } from '../../../src/emulators/shared/http-server';
import {
  GravitinoUpstreamProvider,
  type GravitinoProvider,
} from '../../../src/providers/gravitino/gravitino.provider';
import { describeResilienceContract } from '../../helpers/describe-resilience-contract';
import { getRequestLog, postFaults, resetEmulator } from '../../helpers/emulator-hooks';
import { emulatorGravitinoInstance } from '../../helpers/provider-instances';

const METALAKE = 'dev_lake';
const definition = createGravitinoEmulator({
  seed: 'gravitino-faults',
  scale: 'small',
  referenceTime: Date.UTC(2026, 7, 20, 12, 0, 0),
});
const jobId = definition.dataset.metalakesByName.get(METALAKE)?.jobs.rows[0]?.dto.jobId ?? '';
/** Gravitino's numeric code for a status (the emulator answers it when a fault names no numeric code). */
const CODE_FOR_STATUS: Readonly<Record<number, string>> = { 503: '1002' };

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulatorServer(definition, { port: 0 });
});
afterAll(() => emulator.stop());

const connect = (resilience = {}) =>
  GravitinoUpstreamProvider.forInstance(emulatorGravitinoInstance(emulator.url, [METALAKE], { resilience }));

describeResilienceContract<GravitinoProvider>({
  provider: 'GRAVITINO',
  url: () => emulator.url,
  connect,
  breakerState: (provider) => provider.breakerState,
  close: (provider) => provider.close(),
  read: { operation: 'listJobs', call: (p) => p.listJobs(METALAKE) },
  otherReads: [
    { operation: 'getJob', call: (p) => p.getJob(METALAKE, jobId) },
    { operation: 'listJobTemplates', call: (p) => p.listJobTemplates(METALAKE) },
  ],
  missing: (p, i) => p.getJob(METALAKE, `no-such-job-${i}`),
  upstreamCode: (fault) => (/^\d+$/.test(fault.code) ? fault.code : (CODE_FOR_STATUS[fault.status] ?? '')),
  // Gravitino never throttles; a proxy in front of it does, with Retry-After in whole seconds.
  incompleteMessage: 'GRAVITINO could not be reached or cut the response short.',
  throttleCode: '1000',
  throttleHintMs: 1_000,
  requestId: null,
  clientErrors: [
    [404, 'Refused', 'NOT_FOUND', '1003'],
    [400, 'Refused', 'BAD_USER_INPUT', '1001'],
    [403, 'Refused', 'UNAUTHENTICATED', '1008'],
    [405, 'Refused', 'UPSTREAM_ERROR', '1006'],
  ],
});

describe('Gravitino 1007', () => {
  beforeEach(() => resetEmulator(emulator.url));

  it('502 / 1007 (catalog connection failed) is retried', async () => {
    const provider = connect();
    await postFaults(emulator.url, {
      kind: 'status',
      status: 502,
      code: '1007',
      message: 'connection failed',
      times: 1,
      operation: 'listJobs',
    });
    await expect(provider.listJobs(METALAKE)).resolves.toBeDefined();
    expect((await getRequestLog(emulator.url, 'listJobs')).map((entry) => entry.fault)).toEqual([
      'status',
      null,
    ]);
    await provider.close();
  });
});
