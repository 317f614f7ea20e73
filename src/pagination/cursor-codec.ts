import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { BadUserInputError } from '../errors/bad-user-input.error';

/** Bumped when the payload layout changes; cursors of another version are refused, never misread. */
const VERSION = 'c1';
/** Bytes of HMAC-SHA256 kept in a cursor: 128 bits is plenty against forgery and keeps cursors short. */
const MAC_BYTES = 16;

/** How cursors are signed and how long they stay valid. */
export interface CursorCodecOptions {
  /** HMAC key; per process by default, so cursors do not outlive a restart unless a key is configured. */
  readonly secret: Buffer;
  /** Age after which a cursor is stale. */
  readonly maxAgeMs: number;
  readonly now?: () => number;
}

interface Envelope<P> {
  /** Hash of what the cursor is bound to: the connection, its parent and its arguments. */
  readonly b: string;
  /** Issued at, epoch seconds. */
  readonly t: number;
  readonly p: P;
}

/** A stable hash of a connection's identity and arguments, to bind cursors to them. */
export function cursorBinding(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 16);
}

/**
 * The one place that makes and reads cursors (DESIGN §4.8): `c1.<base64url(JSON)>.<base64url(HMAC)>`.
 * Opaque to clients, versioned, signed, bound to the connection's arguments and time-limited. Any
 * tampered, stale, foreign or malformed cursor is a BAD_USER_INPUT, never a crash or a silent first page.
 */
export class CursorCodec {
  private readonly now: () => number;
  /** The signing key, or how to derive it: a tenant's key is derived on its first cursor. */
  private key: Buffer | (() => Buffer);

  constructor(private readonly options: CursorCodecOptions) {
    this.now = options.now ?? Date.now;
    this.key = options.secret;
  }

  /**
   * A codec whose cursors only this tenant can use: its key is derived from the process key and the
   * tenant id, so a cursor issued to one tenant fails the signature check for every other one.
   * Derived when first needed: a request (one codec each) that reads or makes no cursor pays no HMAC.
   */
  forTenant(tenantId: string): CursorCodec {
    const codec = new CursorCodec({ ...this.options, now: this.now });
    codec.key = () => createHmac('sha256', this.options.secret).update(`tenant:${tenantId}`).digest();
    return codec;
  }

  encode<P>(binding: string, payload: P): string {
    const envelope: Envelope<P> = { b: binding, t: Math.floor(this.now() / 1000), p: payload };
    const body = Buffer.from(JSON.stringify(envelope)).toString('base64url');
    return `${VERSION}.${body}.${this.mac(body)}`;
  }

  /** Reads a cursor made for `binding`; `argument` names the argument in error messages. */
  decode<P>(cursor: string, binding: string, argument: string): P {
    const invalid = (why: string) =>
      new BadUserInputError(`The "${argument}" cursor is ${why}.`, { argument });
    const parts = cursor.split('.');
    if (parts.length !== 3 || parts[0] !== VERSION) {
      throw invalid(
        parts.length === 3 && /^c\d+$/.test(parts[0] ?? '')
          ? 'from another version; start from the first page'
          : 'not a cursor this API issued',
      );
    }
    const [, body = '', mac = ''] = parts;
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given))
      throw invalid('not a cursor this API issued');
    let envelope: Envelope<P>;
    try {
      envelope = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Envelope<P>;
    } catch {
      throw invalid('not a cursor this API issued');
    }
    if (envelope.b !== binding) throw invalid('for a different list or different arguments');
    if (this.now() - envelope.t * 1000 > this.options.maxAgeMs)
      throw invalid('expired; start from the first page');
    return envelope.p;
  }

  private mac(body: string): string {
    if (typeof this.key === 'function') this.key = this.key();
    return createHmac('sha256', this.key)
      .update(`${VERSION}.${body}`)
      .digest()
      .subarray(0, MAC_BYTES)
      .toString('base64url');
  }
}
