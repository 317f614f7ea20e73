import type OpenApi from '@alicloud/openapi-core';
import { sendRawAcs3 } from './acs3-raw-request';
import { callRoa, createRoaClient, type RoaResult } from './alibaba-client';

/** One Alibaba emulator as the shared signature suite sees it. */
export interface AlibabaSignatureTarget {
  /** Product name for the suite's title, e.g. `PAI-DLC`. */
  readonly name: string;
  /** The running emulator's base URL (read when a test runs, after beforeAll). */
  readonly url: () => string;
  /** The API version the emulator serves. */
  readonly version: string;
  /** The list operation the checks call, with a cheap query (raw requests send it as is). */
  readonly list: {
    readonly action: string;
    readonly pathname: string;
    readonly query: Readonly<Record<string, string>>;
  };
  /** Another action of the same API; sent to the list path it must not match. */
  readonly otherAction: string;
  /** Asserts a call through the official runtime fails with `status` and `code`, and whatever else this API's errors carry. */
  readonly expectError: (call: Promise<RoaResult>, status: number, code: string) => Promise<unknown>;
  /** What a raw (hand-signed) error body holds besides `Code`, e.g. SAE's envelope. */
  readonly rawErrorBody?: (code: string) => Readonly<Record<string, unknown>>;
  /** Checks the body of a successful hand-signed list call. */
  readonly expectListBody: (body: Record<string, unknown>) => void;
  /** Calls through a legacy-v2 client, JSON-string query values included, and checks the answers. */
  readonly legacyCalls: (legacy: OpenApi) => Promise<void>;
}

const STALE_MS = 20 * 60 * 1000;

/**
 * The signature checks every Alibaba emulator must pass, the same for the three (they share the
 * gateway in src/emulators/alibaba, but each must still be wired to it): ACS3 secrets, AccessKeys,
 * timestamps and nonces, the legacy v2 scheme, routing of action to path, and the API version.
 */
export function describeAlibabaSignatureConformance(target: AlibabaSignatureTarget): void {
  const { list, version } = target;
  const callList = (client: OpenApi): Promise<RoaResult> =>
    callRoa(client, {
      action: list.action,
      version,
      method: 'GET',
      pathname: list.pathname,
      query: list.query,
    });
  const rawBody = (code: string) => ({ Code: code, ...(target.rawErrorBody?.(code) ?? {}) });
  const raw = () => ({
    url: target.url(),
    action: list.action,
    version,
    pathname: list.pathname,
    query: { ...list.query },
  });

  describe(`${target.name} signatures`, () => {
    it('rejects a wrong secret with SignatureDoesNotMatch', async () => {
      const wrong = createRoaClient({ url: target.url(), accessKeySecret: 'not-the-secret' });
      await target.expectError(callList(wrong), 400, 'SignatureDoesNotMatch');
    });

    it('rejects an unknown AccessKeyId with InvalidAccessKeyId.NotFound', async () => {
      const unknown = createRoaClient({
        url: target.url(),
        accessKeyId: 'who-is-this',
        accessKeySecret: 'x',
      });
      await target.expectError(callList(unknown), 404, 'InvalidAccessKeyId.NotFound');
    });

    it('rejects a stale x-acs-date', async () => {
      const stale = await sendRawAcs3({ ...raw(), date: new Date(Date.now() - STALE_MS) });
      expect(stale).toMatchObject({ status: 400, body: rawBody('InvalidTimeStamp.Expired') });
    });

    it('accepts a hand-signed request once and rejects its replayed nonce', async () => {
      // Unique per run: the emulator remembers nonces for as long as it lives.
      const nonce = `${target.name}-nonce-${Date.now()}-${Math.random()}`;
      const first = await sendRawAcs3({ ...raw(), nonce });
      expect(first.status).toBe(200);
      target.expectListBody(first.body);
      const replay = await sendRawAcs3({ ...raw(), nonce });
      expect(replay).toMatchObject({ status: 400, body: rawBody('SignatureNonceUsed') });
    });

    it('accepts the legacy v2 (acs AK:signature) scheme, JSON query values included', async () => {
      await target.legacyCalls(createRoaClient({ url: target.url(), signatureAlgorithm: 'v2' }));
    });

    it('rejects a wrong legacy v2 secret', async () => {
      const legacy = createRoaClient({
        url: target.url(),
        signatureAlgorithm: 'v2',
        accessKeySecret: 'nope',
      });
      await target.expectError(callList(legacy), 400, 'SignatureDoesNotMatch');
    });

    it('answers an action that does not fit the path, and an unknown path, with InvalidApi.NotFound', async () => {
      const client = createRoaClient({ url: target.url() });
      const call = (action: string, pathname: string) =>
        callRoa(client, { action, version, method: 'GET', pathname });
      await target.expectError(call(target.otherAction, list.pathname), 404, 'InvalidApi.NotFound');
      await target.expectError(call(list.action, `${list.pathname}zz`), 404, 'InvalidApi.NotFound');
    });

    it('rejects another API version with InvalidVersion', async () => {
      const client = createRoaClient({ url: target.url() });
      const other = callRoa(client, {
        action: list.action,
        version: '2001-01-01',
        method: 'GET',
        pathname: list.pathname,
      });
      await target.expectError(other, 400, 'InvalidVersion');
    });
  });
}
