import { timingSafeEqual } from 'node:crypto';
import type { EmulatorRequest, EmulatorResponse, EmulatorRoute } from '../shared/emulator-types';
import { EmulatorResponseError } from '../shared/emulator-types';
import {
  acs3Signature,
  parseAcs3Authorization,
  REQUIRED_SIGNED_HEADERS,
  sha256Hex,
} from './acs3-signature.gateway';
import { alibabaErrorBody, type AlibabaErrorBody, type AlibabaProduct } from './error.gateway';
import { NonceCache } from './nonce-cache.gateway';
import { parseRoaV2Authorization, roaV2Signature } from './roa-v2-signature.gateway';

/** An AccessKey pair the emulator accepts. */
export interface AlibabaCredential {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
}

/** The pair every Alibaba emulator accepts unless told otherwise. Not a secret: it only opens local emulators. */
export const DEFAULT_EMULATOR_CREDENTIAL: AlibabaCredential = {
  accessKeyId: 'jobgraph-emulator',
  accessKeySecret: 'jobgraph-emulator-secret',
};

/** The OpenAPI gateway's clock-skew allowance for x-acs-date / Date. */
const MAX_SKEW_MS = 15 * 60 * 1000;

/** How the emulated OpenAPI gateway checks callers and formats its errors. */
export interface AlibabaGatewayOptions {
  readonly product: AlibabaProduct;
  readonly credentials: readonly AlibabaCredential[];
  readonly now?: () => number;
  /** Lets a product wrap error bodies (SAE puts them in its envelope). */
  readonly wrapError?: (body: AlibabaErrorBody, status: number) => unknown;
}

/** The gateway-side half of an Alibaba emulator definition, plus `fail` for routes. */
export interface AlibabaGateway {
  authenticate(request: EmulatorRequest, route: EmulatorRoute): void;
  notFound(request: EmulatorRequest): EmulatorResponse;
  errorResponse(
    request: EmulatorRequest,
    error: { status: number; code: string; message: string },
  ): EmulatorResponse;
  throttleResponse(request: EmulatorRequest, retryAfterMs: number): EmulatorResponse;
  internalError(request: EmulatorRequest): EmulatorResponse;
  /** An error for a route to throw: `throw gateway.fail(req, 400, 'InvalidParameter', '...')`. */
  fail(request: EmulatorRequest, status: number, code: string, message: string): EmulatorResponseError;
}

function headerText(request: EmulatorRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Creates the emulated OpenAPI gateway for one product. */
export function createAlibabaGateway(options: AlibabaGatewayOptions): AlibabaGateway {
  const now = options.now ?? Date.now;
  const nonces = new NonceCache(2 * MAX_SKEW_MS, now);
  const secrets = new Map(options.credentials.map((c) => [c.accessKeyId, c.accessKeySecret]));

  const errorResponse = (
    request: EmulatorRequest,
    error: { status: number; code: string; message: string },
    headers?: Record<string, string>,
  ): EmulatorResponse => {
    const body = alibabaErrorBody(options.product, request, error.code, error.message);
    return {
      status: error.status,
      body: options.wrapError ? options.wrapError(body, error.status) : body,
      headers: { 'x-acs-request-id': request.requestId, ...headers },
    };
  };
  const fail = (
    request: EmulatorRequest,
    status: number,
    code: string,
    message: string,
  ): EmulatorResponseError => new EmulatorResponseError(errorResponse(request, { status, code, message }));

  function checkFreshness(request: EmulatorRequest, dateText: string | undefined): void {
    const time = dateText === undefined ? Number.NaN : Date.parse(dateText);
    if (Number.isNaN(time)) {
      throw fail(
        request,
        400,
        'InvalidTimeStamp.Format',
        'Specified time stamp or date value is not well formatted.',
      );
    }
    if (Math.abs(now() - time) > MAX_SKEW_MS) {
      throw fail(request, 400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
    }
  }

  function secretFor(request: EmulatorRequest, accessKeyId: string): string {
    const secret = secrets.get(accessKeyId);
    if (secret === undefined)
      throw fail(request, 404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
    return secret;
  }

  function checkNonce(request: EmulatorRequest): void {
    const nonce = headerText(request, 'x-acs-signature-nonce');
    if (!nonce)
      throw fail(request, 400, 'MissingSignatureNonce', 'SignatureNonce is mandatory for this action.');
    if (!nonces.remember(nonce))
      throw fail(request, 400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
  }

  const mismatch = (request: EmulatorRequest) =>
    fail(request, 400, 'SignatureDoesNotMatch', 'Specified signature does not match our calculation.');

  function verifyAcs3(request: EmulatorRequest, header: string): void {
    const auth = parseAcs3Authorization(header);
    if (!auth || REQUIRED_SIGNED_HEADERS.some((name) => !auth.signedHeaders.includes(name))) {
      throw fail(
        request,
        400,
        'IncompleteSignature',
        'The request signature does not conform to Aliyun standards.',
      );
    }
    const secret = secretFor(request, auth.accessKeyId);
    checkFreshness(request, headerText(request, 'x-acs-date'));
    if (headerText(request, 'x-acs-content-sha256') !== sha256Hex(request.body)) throw mismatch(request);
    if (!sameText(acs3Signature(request, auth.signedHeaders, secret), auth.signature))
      throw mismatch(request);
  }

  function verifyRoaV2(request: EmulatorRequest, header: string): void {
    const auth = parseRoaV2Authorization(header);
    if (!auth)
      throw fail(
        request,
        400,
        'IncompleteSignature',
        'The request signature does not conform to Aliyun standards.',
      );
    const secret = secretFor(request, auth.accessKeyId);
    checkFreshness(request, headerText(request, 'date'));
    if (!sameText(roaV2Signature(request, secret), auth.signature)) throw mismatch(request);
  }

  return {
    authenticate(request, route) {
      const header = headerText(request, 'authorization');
      if (!header)
        throw fail(request, 400, 'MissingAuthorization', 'Authorization is mandatory for this action.');
      if (header.startsWith('acs ')) verifyRoaV2(request, header);
      else verifyAcs3(request, header);
      checkNonce(request);
      const action = headerText(request, 'x-acs-action');
      if (action !== route.operation) {
        throw fail(
          request,
          404,
          'InvalidApi.NotFound',
          'Specified api is not found, please check your url and method.',
        );
      }
      if (headerText(request, 'x-acs-version') !== options.product.version) {
        throw fail(request, 400, 'InvalidVersion', 'Specified parameter Version is not valid.');
      }
    },
    notFound: (request) =>
      errorResponse(request, {
        status: 404,
        code: 'InvalidApi.NotFound',
        message: 'Specified api is not found, please check your url and method.',
      }),
    errorResponse: (request, error) => errorResponse(request, error),
    throttleResponse: (request, retryAfterMs) =>
      // The POP error table gives 400 for Throttling.User; x-acs-retry-after (ms) is what runtimes read.
      errorResponse(
        request,
        { status: 400, code: 'Throttling.User', message: 'Request was denied due to user flow control.' },
        { 'x-acs-retry-after': String(retryAfterMs) },
      ),
    internalError: (request) =>
      errorResponse(request, {
        status: 500,
        code: 'InternalError',
        message: 'The request processing has failed due to some unknown error, exception or failure.',
      }),
    fail,
  };
}
