// The EMR Serverless Spark provider against a stand-in upstream that answers 200 with valid JSON the
// emulator would never send: bodies of the wrong shape, and a list whose nextToken never ends.
// Both must become typed errors, not TypeErrors, wrong data or an endless scan.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EmrServerlessSparkProvider } from '../../../src/providers/emr-serverless-spark/emr-serverless-spark.provider';
import { emulatorAlibabaInstance } from '../../helpers/provider-instances';
import { upstreamOutcome as outcome } from './emr-serverless-spark.setup';

let stub: Server;
let provider: EmrServerlessSparkProvider;
let bodies: Record<string, string> = {};
const calls: string[] = [];

beforeAll(async () => {
  // No signature check: this stands in for an upstream that misbehaves after accepting the call.
  stub = createServer((req, res) => {
    const action = String(req.headers['x-acs-action']);
    calls.push(action);
    res.writeHead(200, { 'content-type': 'application/json' }).end(bodies[action] ?? '{}');
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
  provider = new EmrServerlessSparkProvider(emulatorAlibabaInstance(url, { regionId: 'cn-hangzhou' }));
});

afterAll(() => new Promise<void>((resolve) => stub.close(() => resolve())));

beforeEach(() => {
  calls.length = 0;
});

it('bodies of the wrong shape become UPSTREAM_ERROR, with the request id when there is one', async () => {
  bodies = {
    ListWorkspaces: '[1,2,3]',
    ListJobRuns: '{"jobRuns":"nope","requestId":"22222222-3333-4444-8555-666666666661"}',
    GetJobRun: '{"requestId":"22222222-3333-4444-8555-666666666662"}',
  };
  expect(await outcome(provider.listWorkspaces({}, { maxResults: 5 }))).toMatchObject({
    code: 'UPSTREAM_ERROR',
    operation: 'ListWorkspaces',
  });
  expect(await outcome(provider.listJobRuns('w-1', {}, { maxResults: 5 }))).toMatchObject({
    code: 'UPSTREAM_ERROR',
    operation: 'ListJobRuns',
    requestId: '22222222-3333-4444-8555-666666666661',
  });
  expect(await outcome(provider.getJobRun('w-1', 'jr-1'))).toMatchObject({
    code: 'UPSTREAM_ERROR',
    requestId: '22222222-3333-4444-8555-666666666662',
  });
  // Not retried: the answer was complete, just unusable.
  expect(calls).toEqual(['ListWorkspaces', 'ListJobRuns', 'GetJobRun']);
});

it('absent lists are empty pages, and "" as nextToken is the last page', async () => {
  bodies = { ListJobRuns: '{"requestId":"R","nextToken":"","totalCount":0}' };
  expect(await provider.listJobRuns('w-1', {}, { maxResults: 5 })).toEqual({
    items: [],
    nextToken: null,
    totalCount: 0,
  });
});

it('a workspace scan whose nextToken repeats fails after the repeat instead of looping', async () => {
  bodies = { ListWorkspaces: '{"workspaces":[{"workspaceId":"w-a"}],"nextToken":"same"}' };
  expect(await outcome(provider.getWorkspacesByIds(['w-missing']))).toMatchObject({
    code: 'UPSTREAM_ERROR',
    operation: 'ListWorkspaces',
  });
  expect(calls).toEqual(['ListWorkspaces', 'ListWorkspaces']);
  calls.length = 0;
  // Found before the repeat: answered, no error.
  expect((await provider.getWorkspacesByIds(['w-a'])).map((w) => w?.workspaceId)).toEqual(['w-a']);
  expect(calls).toEqual(['ListWorkspaces']);
});
