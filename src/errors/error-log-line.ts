import type { LogFields } from './log-sink';
import { redactForLog } from './redact-for-log';
import type { UpstreamError } from './upstream.error';

/** Where an error surfaced: the request's id and the field path, when there is one. */
export interface ErrorLogContext {
  readonly requestId: string | undefined;
  readonly path: readonly (string | number)[] | undefined;
}

/** Our own identifiers (class names, field names) are safe; this guards against anything odd in them. */
const SAFE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

function where({ requestId, path }: ErrorLogContext): string {
  const at = path
    ? path.filter((part) => typeof part === 'number' || SAFE_NAME.test(part)).join('.')
    : '(request)';
  return `request=${requestId ?? '-'} path=${at}`;
}

/**
 * The server log line of a failed upstream call: provider, operation, status, code, request ids
 * and the upstream's own text after redactForLog. Everything but that text is a typed field, so
 * the line never carries a host, URL, body, stack or credential.
 */
export function upstreamFailureLogLine(error: UpstreamError, context: ErrorLogContext): string {
  const fields = [
    `upstream call failed: ${error.code}`,
    `provider=${error.provider}`,
    `operation=${error.operation}`,
    `status=${error.status ?? '-'}`,
    `code=${error.upstreamCode ?? '-'}`,
    `upstreamRequestId=${error.requestId ?? '-'}`,
    where(context),
  ];
  const text = error.redactedUpstreamText;
  return `${fields.join(' ')}${text === '' ? '' : ` text=${JSON.stringify(text)}`}`;
}

/**
 * The server log line of an error masked as "Unexpected error.": its class and its message
 * redacted, with the request id the client was given, so the two can be matched up.
 */
export function maskedErrorLogLine(error: unknown, context: ErrorLogContext): string {
  const kind =
    error instanceof Error && SAFE_NAME.test(error.constructor.name) ? error.constructor.name : typeof error;
  const text = redactForLog(error instanceof Error ? error.message : undefined);
  return `masked an unexpected ${kind} ${where(context)}${text === '' ? '' : ` text=${JSON.stringify(text)}`}`;
}

/**
 * The typed fields of upstreamFailureLogLine, for a structured log: the same values, the same
 * redacted text, nothing else.
 */
export function upstreamFailureLogFields(error: UpstreamError, context: ErrorLogContext): LogFields {
  return {
    event: 'upstream_call_failed',
    errorCode: error.code,
    provider: error.provider,
    operation: error.operation,
    status: error.status ?? null,
    upstreamCode: error.upstreamCode ?? null,
    upstreamRequestId: error.requestId ?? null,
    requestId: context.requestId ?? null,
    path: where(context).split(' path=')[1] ?? null,
  };
}

/** The typed fields of maskedErrorLogLine: the error's class and the request id, no text. */
export function maskedErrorLogFields(error: unknown, context: ErrorLogContext): LogFields {
  return {
    event: 'masked_error',
    errorCode: 'INTERNAL_SERVER_ERROR',
    errorClass:
      error instanceof Error && SAFE_NAME.test(error.constructor.name)
        ? error.constructor.name
        : typeof error,
    requestId: context.requestId ?? null,
    path: where(context).split(' path=')[1] ?? null,
  };
}
