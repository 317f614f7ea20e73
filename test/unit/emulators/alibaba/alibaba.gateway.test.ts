import {
  createAlibabaGateway,
  DEFAULT_EMULATOR_CREDENTIAL,
} from '../../../../src/emulators/alibaba/alibaba.gateway';
import { readAlibabaQuery } from '../../../../src/emulators/alibaba/alibaba.query';
import { startEmulatorServer, type RunningEmulator } from '../../../../src/emulators/shared/http-server';
import { sendRawAcs3 } from '../../../helpers/acs3-raw-request';
import { callRoa, createRoaClient, jsonParam, roaOutcome } from '../../../helpers/alibaba-client';

const product = {
  productCode: 'emr-serverless-spark',
  version: '2023-08-08',
  hostId: 'emr-serverless-spark.cn-hangzhou.aliyuncs.com',
};
const gateway = createAlibabaGateway({ product, credentials: [DEFAULT_EMULATOR_CREDENTIAL] });
const pathname = `/api/v1/workspaces/${encodeURIComponent('w-1')}/jobRuns`;
const call = {
  action: 'ListJobRuns',
  version: '2023-08-08',
  method: 'GET' as const,
  pathname,
  query: {
    maxResults: 5,
    name: "spark job (nightly) 100%*!'",
    states: jsonParam(['Running', 'Submitted'], 'states'),
    startTime: jsonParam({ startTime: 1709740800000, endTime: 1710432000000 }, 'startTime'),
  },
};

describe('emulated Alibaba OpenAPI gateway', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulatorServer(
      {
        name: 'emr',
        ...gateway,
        routes: [
          {
            method: 'GET',
            pattern: '/api/v1/workspaces/:workspaceId/jobRuns',
            operation: 'ListJobRuns',
            handle: (req, params) => {
              const query = readAlibabaQuery(gateway, req);
              return {
                status: 200,
                body: {
                  workspaceId: params.workspaceId,
                  maxResults: query.int('maxResults', { min: 1, max: 100 }),
                  states: query.json('states'),
                  name: query.string('name'),
                },
              };
            },
          },
        ],
      },
      { port: 0 },
    );
  });
  afterAll(() => emulator.stop());

  it.each([undefined, 'v2'] as const)(
    'accepts the official runtime signature (%s) with JSON-string params',
    async (algorithm) => {
      const client = createRoaClient({
        url: emulator.url,
        ...(algorithm ? { signatureAlgorithm: algorithm } : {}),
      });
      const result = await callRoa(client, call);
      expect(result.body).toEqual({
        workspaceId: 'w-1',
        maxResults: 5,
        states: ['Running', 'Submitted'],
        name: call.query.name,
      });
    },
  );

  it.each([undefined, 'v2'] as const)(
    'rejects a wrong secret (%s) with SignatureDoesNotMatch and the documented body',
    async (algorithm) => {
      const client = createRoaClient({
        url: emulator.url,
        accessKeySecret: 'not-the-secret',
        ...(algorithm ? { signatureAlgorithm: algorithm } : {}),
      });
      const error = (await callRoa(client, call).catch((e: unknown) => e)) as {
        code: string;
        statusCode: number;
        data: Record<string, unknown>;
      };
      expect(error).toMatchObject({ code: 'SignatureDoesNotMatch', statusCode: 400 });
      expect(Object.keys(error.data).sort()).toEqual(
        ['Code', 'HostId', 'Message', 'Recommend', 'RequestId'].sort(),
      );
    },
  );

  it('rejects an unknown AccessKeyId', async () => {
    const client = createRoaClient({ url: emulator.url, accessKeyId: 'nobody' });
    expect(await roaOutcome(callRoa(client, call))).toMatchObject({
      ok: false,
      status: 404,
      code: 'InvalidAccessKeyId.NotFound',
    });
  });

  it('rejects a date older than 15 minutes and a replayed nonce; accepts a fresh hand-signed request', async () => {
    const base = {
      url: emulator.url,
      action: 'ListJobRuns',
      version: '2023-08-08',
      pathname,
      query: { maxResults: '3' },
    };
    expect((await sendRawAcs3(base)).status).toBe(200);
    const stale = await sendRawAcs3({ ...base, date: new Date(Date.now() - 16 * 60 * 1000) });
    expect(stale).toMatchObject({ status: 400, body: { Code: 'InvalidTimeStamp.Expired' } });
    const nonce = 'f'.repeat(32);
    expect((await sendRawAcs3({ ...base, nonce })).status).toBe(200);
    expect(await sendRawAcs3({ ...base, nonce })).toMatchObject({
      status: 400,
      body: { Code: 'SignatureNonceUsed' },
    });
  });

  it('checks x-acs-action and x-acs-version against the route', async () => {
    const client = createRoaClient({ url: emulator.url });
    expect(await roaOutcome(callRoa(client, { ...call, action: 'ListWorkspaces' }))).toMatchObject({
      ok: false,
      status: 404,
      code: 'InvalidApi.NotFound',
    });
    expect(await roaOutcome(callRoa(client, { ...call, version: '2020-12-03' }))).toMatchObject({
      ok: false,
      status: 400,
      code: 'InvalidVersion',
    });
  });

  it('rejects unsigned requests and tampered queries', async () => {
    const unsigned = await fetch(`${emulator.url}${pathname}`);
    expect(unsigned.status).toBe(400);
    expect(await unsigned.json()).toMatchObject({ Code: 'MissingAuthorization' });
    // Signed for maxResults=3 but sent with maxResults=100: the signature no longer matches.
    const res = await sendRawAcs3({
      url: emulator.url,
      action: 'ListJobRuns',
      version: '2023-08-08',
      pathname: `${pathname}?maxResults=100&x=`,
      query: {},
    });
    expect(res.body).toMatchObject({ Code: 'SignatureDoesNotMatch' });
  });

  it('answers typed 400s for bad params', async () => {
    const client = createRoaClient({ url: emulator.url });
    for (const query of [
      { maxResults: 0 },
      { maxResults: 101 },
      { maxResults: 'abc' },
      { states: '["Running"' },
    ]) {
      expect(
        await roaOutcome(callRoa(client, { ...call, query: { ...call.query, ...query } })),
      ).toMatchObject({ ok: false, status: 400, code: 'InvalidParameter' });
    }
  });
});
