import { type EmulatorResponse, EmulatorResponseError } from '../shared/emulator-types';
import type { GravitinoException } from './exception.gateway';
import type { ErrorResponse } from './gravitino.wire';

/**
 * `ErrorConstants` codes with the HTTP status `server-common/.../web/Utils.java` pairs them with
 * and the exception type a fault without its own type is reported as.
 */
export const GRAVITINO_ERROR_CODES: Readonly<
  Record<number, { readonly status: number; readonly type: string }>
> = {
  1000: { status: 500, type: 'RESTException' },
  1001: { status: 400, type: 'IllegalArgumentException' },
  1002: { status: 500, type: 'RuntimeException' },
  1003: { status: 404, type: 'NotFoundException' },
  1004: { status: 409, type: 'AlreadyExistsException' },
  1005: { status: 409, type: 'NonEmptyEntityException' },
  1006: { status: 405, type: 'UnsupportedOperationException' },
  1007: { status: 502, type: 'ConnectionFailedException' },
  1008: { status: 403, type: 'ForbiddenException' },
  1009: { status: 409, type: 'NotInUseException' },
  1010: { status: 409, type: 'InUseException' },
  1011: { status: 401, type: 'UnauthorizedException' },
  1012: { status: 409, type: 'OptimisticLockException' },
  1100: { status: 500, type: 'RuntimeException' },
};

/** The code Gravitino uses for an HTTP status (ExceptionHandlers' mapping), for faults that give only a status. */
export function codeForStatus(status: number): number {
  const byStatus: Readonly<Record<number, number>> = {
    400: 1001,
    401: 1011,
    403: 1008,
    404: 1003,
    405: 1006,
    409: 1004,
    502: 1007,
  };
  return byStatus[status] ?? (status >= 500 ? 1002 : 1000);
}

/** Exception type → (HTTP status, code), as the job/template/metalake exception handlers map them. */
function classify(type: string): { status: number; code: number } {
  if (type.startsWith('NoSuch') || type === 'NotFoundException') return { status: 404, code: 1003 };
  if (type === 'IllegalArgumentException' || type === 'IllegalNameIdentifierException') {
    return { status: 400, code: 1001 };
  }
  if (type === 'UnauthorizedException') return { status: 401, code: 1011 };
  return { status: 500, code: 1002 };
}

/** Operation names as `OperationType.name()` prints them in error messages. */
export type GravitinoOperation = 'LIST' | 'GET' | 'LOAD';

/** `StringUtil.isBlank(object) ? "" : " [" + object + "]"`, shared by every exception handler. */
function bracketed(object: string): string {
  return object.trim() === '' ? '' : ` [${object}]`;
}

/** The JSON body content type Gravitino really sends (`Utils.ok` and the error helpers use APPLICATION_JSON). */
export const GRAVITINO_JSON_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json',
};

/** Builds Gravitino error responses; `includeStack` adds the `stack` a real server sends with a throwable. */
export class GravitinoErrors {
  constructor(private readonly includeStack: boolean) {}

  /** A raw error response with explicit status, code, type and message (plus extra headers, e.g. a challenge). */
  response(
    status: number,
    code: number,
    type: string,
    message: string,
    extra: { readonly stack?: readonly string[]; readonly headers?: Readonly<Record<string, string>> } = {},
  ): EmulatorResponse {
    const body: ErrorResponse = {
      code,
      type,
      message,
      ...(this.includeStack && extra.stack ? { stack: extra.stack } : {}),
    };
    return { status, body, headers: { ...GRAVITINO_JSON_HEADERS, ...extra.headers } };
  }

  /** `JobExceptionHandler`: `Failed to operate job(s) [id] operation [OP] under object [metalake], reason [...]`. */
  job(op: GravitinoOperation, jobId: string, metalake: string, e: GravitinoException): EmulatorResponseError {
    const message = `Failed to operate job(s)${bracketed(jobId)} operation [${op}] under object [${metalake}], reason [${e.reason}]`;
    return this.fromException(message, e);
  }

  /** `JobTemplateExceptionHandler`: the same shape with `job template(s)`. */
  jobTemplate(
    op: GravitinoOperation,
    name: string,
    metalake: string,
    e: GravitinoException,
  ): EmulatorResponseError {
    const message = `Failed to operate job template(s)${bracketed(name)} operation [${op}] under object [${metalake}], reason [${e.reason}]`;
    return this.fromException(message, e);
  }

  /** `MetalakeExceptionHandler`: `Failed to operate metalake(s) [name] operation [LOAD], reason [...]`. */
  metalake(op: GravitinoOperation, name: string, e: GravitinoException): EmulatorResponseError {
    const message = `Failed to operate metalake(s)${bracketed(name)} operation [${op}], reason [${e.reason}]`;
    return this.fromException(message, e);
  }

  private fromException(message: string, e: GravitinoException): EmulatorResponseError {
    const { status, code } = classify(e.type);
    const stack = [`${e.className}: ${e.reason}`, `\tat ${e.frame}`];
    return new EmulatorResponseError(this.response(status, code, e.type, message, { stack }));
  }
}
