// The EMR Serverless Spark provider against a stand-in upstream that answers 200 with valid JSON the
// emulator would never send: bodies of the wrong shape, and a list whose nextToken never ends.
// Both must become typed errors, not TypeErrors, wrong data or an endless scan.
import {
  EmrServerlessSparkUpstreamProvider,
  type EmrServerlessSparkProvider,
} from '../../../src/providers/emr-serverless-spark/emr-serverless-spark.provider';
import { emulatorAlibabaInstance } from '../../helpers/provider-instances';
import { startStubUpstream, type StubUpstream } from '../../helpers/stub-upstream';
import { upstreamOutcome as outcome } from './emr-serverless-spark.setup';

let stub: StubUpstream;
let provider: EmrServerlessSparkProvider;
let bodies: Record<string, string> = {};
/** The actions the stub was called with, in order. */
const calls = () => stub.requests.map((request) => String(request.headers['x-acs-action']));

beforeAll(async () => {
  stub = await startStubUpstream();
  stub.reply((request) => ({ body: bodies[String(request.headers['x-acs-action'])] ?? '{}' }));
  provider = EmrServerlessSparkUpstreamProvider.forInstance(
    emulatorAlibabaInstance(stub.url, { regionId: 'cn-hangzhou' }),
  );
});

afterAll(() => stub.stop());

beforeEach(() => stub.clear());

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
  expect(calls()).toEqual(['ListWorkspaces', 'ListJobRuns', 'GetJobRun']);
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
  expect(calls()).toEqual(['ListWorkspaces', 'ListWorkspaces']);
  stub.clear();
  // Found before the repeat: answered, no error.
  expect((await provider.getWorkspacesByIds(['w-a'])).map((w) => w?.workspaceId)).toEqual(['w-a']);
  expect(calls()).toEqual(['ListWorkspaces']);
});
