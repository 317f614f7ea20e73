import { GraphQLError } from 'graphql';
import type { GatewayErrorCode } from './error-code';

/** Extensions of every deliberate client-facing error: a literal code, plus upstream details when an upstream failed. */
export interface GatewayErrorExtensions<C extends GatewayErrorCode = GatewayErrorCode> {
  readonly code: C;
  readonly upstream?: UpstreamDetails;
  readonly [key: string]: unknown;
}

/** What a client may learn about a failed upstream call: never bodies, hosts, URLs or credentials. */
export interface UpstreamDetails {
  readonly provider: string;
  readonly operation: string;
  /** The provider's own error code (e.g. `Throttling.User`, `1003`), when it sent one shaped like a code (safeUpstreamCode). */
  readonly code: string | null;
  /** The provider's request id, when it is a UUID (safeUpstreamRequestId). */
  readonly requestId: string | null;
}

/**
 * Base of every error the gateway shows to clients. The error formatter masks anything that is
 * not a GatewayError, and shows of a GatewayError only its message, its code and the extension
 * keys its code allows (allowed-extensions.ts). So the message must be jobgraph's own words.
 */
export abstract class GatewayError<C extends GatewayErrorCode = GatewayErrorCode> extends GraphQLError {
  declare readonly extensions: GatewayErrorExtensions<C>;

  protected constructor(message: string, code: C, extra: Omit<GatewayErrorExtensions<C>, 'code'> = {}) {
    super(message, { extensions: { ...extra, code } });
    this.name = new.target.name;
  }

  /** The literal code, same as `extensions.code`. */
  get code(): C {
    return this.extensions.code;
  }
}
