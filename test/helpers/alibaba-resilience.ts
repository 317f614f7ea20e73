import type { AlibabaInstanceConfig } from '../../src/config/gateway-config';
import { Secret } from '../../src/config/secret';
import { DEFAULT_EMULATOR_CREDENTIAL } from '../../src/emulators/alibaba/alibaba.gateway';
import { emulatorAlibabaInstance } from './provider-instances';
import type { ResilienceTarget } from './resilience-target';

/** An Alibaba request id as the emulators answer it (and Alibaba's gateway does): an upper-case UUID. */
export const ALIBABA_REQUEST_ID = /^[0-9A-F-]{36}$/;

/**
 * Alibaba 4xx answers the three Alibaba providers classify alike, each final after one call:
 * [status, Code, gateway code, upstream code].
 */
export const ALIBABA_CLIENT_ERRORS: readonly (readonly [number, string, string, string])[] = [
  [400, 'InvalidParameter', 'BAD_USER_INPUT', 'InvalidParameter'],
  [404, 'InvalidWorkspaceId.NotFound', 'NOT_FOUND', 'InvalidWorkspaceId.NotFound'],
  [400, 'SignatureDoesNotMatch', 'UNAUTHENTICATED', 'SignatureDoesNotMatch'],
  [403, 'Forbidden.RAM', 'UNAUTHENTICATED', 'Forbidden.RAM'],
  [409, 'Conflict', 'UPSTREAM_ERROR', 'Conflict'],
];

/** What the three Alibaba providers share as resilience targets: the gateway's error body, its throttling, its signature. */
export type AlibabaTargetBase<P> = Pick<
  ResilienceTarget<P>,
  | 'url'
  | 'connect'
  | 'upstreamCode'
  | 'throttleCode'
  | 'throttleHintMs'
  | 'requestId'
  | 'clientErrors'
  | 'wrongCredentials'
>;

/**
 * The shared part of an Alibaba provider's resilience target: `create` builds the provider on an
 * instance config (emulator URL, emulator credentials, TEST_RESILIENCE under the case's overrides,
 * and `instance` for what the provider needs besides, such as its region: read lazily, as the URL is,
 * since both are known only after the file's beforeAll).
 */
export function alibabaTargetBase<P>(
  url: () => string,
  create: (instance: AlibabaInstanceConfig) => P,
  instance: () => Partial<Omit<AlibabaInstanceConfig, 'resilience'>> = () => ({}),
): AlibabaTargetBase<P> {
  const wrongSecret = 'wrong-secret';
  return {
    url,
    connect: (resilience) => create(emulatorAlibabaInstance(url(), { ...instance(), resilience })),
    upstreamCode: (fault) => fault.code,
    throttleCode: 'Throttling.User',
    throttleHintMs: 150,
    requestId: ALIBABA_REQUEST_ID,
    clientErrors: ALIBABA_CLIENT_ERRORS,
    wrongCredentials: {
      secret: wrongSecret,
      upstreamCode: 'SignatureDoesNotMatch',
      connect: () =>
        create(
          emulatorAlibabaInstance(url(), {
            ...instance(),
            credentials: {
              type: 'access_key',
              accessKeyId: new Secret(DEFAULT_EMULATOR_CREDENTIAL.accessKeyId),
              accessKeySecret: new Secret(wrongSecret),
            },
          }),
        ),
    },
  };
}
