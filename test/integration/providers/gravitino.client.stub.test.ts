import type { GravitinoClient } from '../../../src/providers/gravitino/gravitino.client';
import { startStubUpstream, type StubReply, type StubUpstream } from '../../helpers/stub-upstream';
import { clientFor, failure } from './gravitino.setup';

/** The Gravitino client against a stub server: request headers, and answers the emulator never gives. */

const METALAKES = ['m'];

describe('GravitinoClient against a stub server: headers and bodies the emulator never sends', () => {
  let stub: StubUpstream;
  let url: string;
  const clients: GravitinoClient[] = [];
  const reply = (answer: StubReply) => stub.reply(answer);
  const seen = () => stub.requests;

  beforeAll(async () => {
    stub = await startStubUpstream();
    url = stub.url;
  });
  beforeEach(() => stub.clear());
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await stub.stop();
  });

  it('sends the v1 Accept header and Basic base64("user:dummy"), under the base URL path', async () => {
    reply({ status: 200, body: '{"code":0,"metalakes":[]}' });
    const client = clientFor(clients, `${url}/gravitino/`, METALAKES, {
      auth: { type: 'simple', user: 'alice' },
    });
    await client.listMetalakes();
    expect(seen()[0]?.path).toBe('/gravitino/api/metalakes');
    expect(seen()[0]?.headers.accept).toBe('application/vnd.gravitino.v1+json');
    expect(seen()[0]?.headers.authorization).toBe(`Basic ${Buffer.from('alice:dummy').toString('base64')}`);
  });

  it.each([
    ['no envelope', '{}'],
    ['a JSON array', '[]'],
    ['code 0 without the member', '{"code":0}'],
    ['a member of the wrong shape', '{"code":0,"jobs":{}}'],
    ['a job without jobId', '{"code":0,"jobs":[{"jobTemplateName":"t"}]}'],
    ['null', 'null'],
  ])('a 200 with %s is UPSTREAM_ERROR, not retried', async (_label, body) => {
    reply({ status: 200, body });
    const client = clientFor(clients, url, METALAKES);
    const error = await failure(client.listJobs('m'));
    expect(error).toMatchObject({ code: 'UPSTREAM_ERROR', retryable: false });
    expect(error.message).toBe(
      'GRAVITINO listJobs returned a response that does not match the Gravitino API.',
    );
    expect(seen()).toHaveLength(1);
  });

  it('a 200 carrying an error code is classified by that code', async () => {
    reply({ status: 200, body: '{"code":1003,"type":"NoSuchJobException","message":"gone"}' });
    const client = clientFor(clients, url, METALAKES);
    expect(await failure(client.getJob('m', 'job-1'))).toMatchObject({
      code: 'NOT_FOUND',
      upstreamCode: '1003',
    });
  });

  it("a proxy's HTML 502 page is UPSTREAM_UNAVAILABLE and retried up to maxAttempts", async () => {
    reply({
      status: 502,
      body: '<html><body>Bad Gateway</body></html>',
      headers: { 'content-type': 'text/html' },
    });
    const client = clientFor(clients, url, METALAKES);
    const error = await failure(client.listMetalakes());
    expect(error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', status: 502, upstreamCode: null });
    expect(error.message).toBe('GRAVITINO listMetalakes is unavailable (HTTP 502); retry later.');
    expect(seen()).toHaveLength(3);
  });

  it('a 500 with code 1000 (REST error) is UPSTREAM_ERROR and not retried', async () => {
    reply({ status: 500, body: '{"code":1000,"type":"RESTException","message":"bad state"}' });
    const client = clientFor(clients, url, METALAKES);
    expect(await failure(client.listMetalakes())).toMatchObject({ code: 'UPSTREAM_ERROR', retryable: false });
    expect(seen()).toHaveLength(1);
  });

  it('a body larger than maxResponseBytes is UPSTREAM_ERROR, not retried', async () => {
    reply({ status: 200, body: JSON.stringify({ code: 0, metalakes: [{ name: 'x'.repeat(2000) }] }) });
    const client = clientFor(clients, url, METALAKES, { resilience: { maxResponseBytes: 1000 } });
    const error = await failure(client.listMetalakes());
    expect(error).toMatchObject({ code: 'UPSTREAM_ERROR', retryable: false });
    expect(error.message).toContain('larger than allowed');
    expect(seen()).toHaveLength(1);
  });
});
