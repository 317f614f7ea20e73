import { Secret } from '../../../src/config/secret';
import { gatewayCursorCodec } from '../../../src/server/gateway-cursor-codec';
import { JobsPageDocument } from '../../__generated__/operations';
import { startTestGateway, type TestGateway } from '../../helpers/test-gateway';

/**
 * Two replicas behind one load balancer: a client's next page may land on either. With the same
 * `server.cursorSecret` a cursor made by one replica resumes on the other; with per-process keys
 * (no secret configured) the other replica refuses it as a bad cursor.
 */
describe('cursors across replicas', () => {
  const key = new Secret('a-cursor-key-shared-by-every-replica-0123456789');
  const started: TestGateway[] = [];
  const replica = async (secret: Secret | undefined) => {
    const gateway = await startTestGateway({ gateway: { cursors: gatewayCursorCodec(secret) } });
    started.push(gateway);
    return gateway;
  };
  afterAll(() => Promise.all(started.map((gateway) => gateway.stop())));

  it('with one cursorSecret, a page cursor made by replica A resumes on replica B exactly where A would', async () => {
    const [a, b] = [await replica(key), await replica(key)];
    const first = await a.run(JobsPageDocument, { first: 5 });
    const after = first.data?.jobs?.pageInfo.endCursor;
    expect(after).toEqual(expect.any(String));
    const onA = await a.run(JobsPageDocument, { first: 5, after });
    const onB = await b.run(JobsPageDocument, { first: 5, after });
    expect(onB.errors).toBeUndefined();
    expect(onB.data?.jobs?.edges.map((edge) => edge.node?.id)).toEqual(
      onA.data?.jobs?.edges.map((edge) => edge.node?.id),
    );
    expect(onB.data?.jobs?.edges).toHaveLength(5);
  }, 60_000);

  it('with per-process keys, replica B refuses replica A cursor as BAD_USER_INPUT', async () => {
    const [a, b] = [await replica(undefined), await replica(undefined)];
    const first = await a.run(JobsPageDocument, { first: 5 });
    const after = first.data?.jobs?.pageInfo.endCursor;
    const onB = await b.run(JobsPageDocument, { first: 5, after });
    expect(onB.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await a.run(JobsPageDocument, { first: 5, after })).errors).toBeUndefined();
  }, 60_000);
});
