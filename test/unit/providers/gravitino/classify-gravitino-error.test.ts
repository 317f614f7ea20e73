import { BodyReadError } from '../../../../src/providers/read-json-body';
import {
  classifyGravitinoFailure,
  gravitinoHttpError,
  gravitinoTransportError,
  parseRetryAfter,
} from '../../../../src/providers/gravitino/classify-gravitino-error';
import { encodePathSegment } from '../../../../src/providers/gravitino/gravitino-transport';

describe('classifyGravitinoFailure', () => {
  it.each([
    [429, 1000, 'UPSTREAM_THROTTLED', true],
    [404, 1003, 'NOT_FOUND', false],
    [200, 1003, 'NOT_FOUND', false],
    [400, 1001, 'BAD_USER_INPUT', false],
    [401, 1011, 'UNAUTHENTICATED', false],
    [403, 1008, 'UNAUTHENTICATED', false],
    [500, 1002, 'UPSTREAM_UNAVAILABLE', true],
    [502, 1007, 'UPSTREAM_UNAVAILABLE', true],
    [503, null, 'UPSTREAM_UNAVAILABLE', true],
    [504, 1000, 'UPSTREAM_UNAVAILABLE', true],
    [500, null, 'UPSTREAM_UNAVAILABLE', true],
    [500, 1000, 'UPSTREAM_ERROR', false],
    [500, 1100, 'UPSTREAM_ERROR', false],
    [405, 1006, 'UPSTREAM_ERROR', false],
    [406, 1000, 'UPSTREAM_ERROR', false],
    [409, 1004, 'UPSTREAM_ERROR', false],
  ] as const)('HTTP %i with code %p → %s (retryable %p)', (status, code, classification, retryable) => {
    expect(classifyGravitinoFailure(status, code)).toEqual({ classification, retryable });
  });
});

describe('gravitinoHttpError', () => {
  it('keeps the code, writes its own message, and keeps the upstream text only for the log, redacted; never the stack', () => {
    const error = gravitinoHttpError(
      'getJob',
      404,
      {
        code: 1003,
        type: 'NoSuchJobException',
        message:
          'Failed to operate job(s) [job-9] operation [GET] under object [m], reason [no job]\n\tat org.apache.X.y(X.java:1)',
        stack: [
          'org.apache.gravitino.exceptions.NoSuchJobException: no job',
          '\tat org.apache.gravitino.job.JobManager.getJob(JobManager.java:356)',
        ],
      },
      undefined,
    );
    expect(error.message).toBe('GRAVITINO getJob did not find the requested object (HTTP 404, 1003).');
    expect(error.redactedUpstreamText).toBe(
      'NoSuchJobException: Failed to operate job(s) [redacted] operation [GET] under object [m], reason [no job] at [redacted]',
    );
    expect(error.extensions.upstream).toEqual({
      provider: 'GRAVITINO',
      operation: 'getJob',
      code: '1003',
      requestId: null,
    });
    expect(JSON.stringify(error)).not.toMatch(/JobManager|Failed to operate|NoSuchJobException/);
    expect(error.redactedUpstreamText).not.toContain('JobManager');
  });

  it('reads Retry-After in seconds or as an HTTP date', () => {
    expect(gravitinoHttpError('listJobs', 429, {}, '2').retryAfterMs).toBe(2000);
    expect(parseRetryAfter('Thu, 20 Aug 2026 12:00:05 GMT', Date.UTC(2026, 7, 20, 12))).toBe(5000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});

describe('gravitinoTransportError', () => {
  it.each([
    [new BodyReadError('malformed'), 'UPSTREAM_ERROR', false],
    [new BodyReadError('too-large'), 'UPSTREAM_ERROR', false],
    [new BodyReadError('interrupted'), 'UPSTREAM_UNAVAILABLE', true],
    [Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 'UPSTREAM_UNAVAILABLE', true],
    [
      Object.assign(new Error('Headers Timeout Error'), { code: 'UND_ERR_HEADERS_TIMEOUT' }),
      'UPSTREAM_TIMEOUT',
      true,
    ],
    [
      Object.assign(new Error('Connect Timeout Error (attempted address: 10.0.0.1:8090)'), {
        code: 'UND_ERR_CONNECT_TIMEOUT',
      }),
      'UPSTREAM_TIMEOUT',
      true,
    ],
  ])('%p → %s', (cause, code, retryable) => {
    const error = gravitinoTransportError('listJobs', cause);
    expect(error).toMatchObject({ code, retryable });
    expect(error.message).not.toMatch(/10\.0\.0\.1|socket hang up/);
  });
});

describe('encodePathSegment', () => {
  it.each([
    ['job-1', 'job-1'],
    ['../x', '..%2Fx'],
    ['a/b', 'a%2Fb'],
    ['%2F', '%252F'],
    ['.', '%2E'],
    ['..', '%2E%2E'],
    ['a..b', 'a..b'],
    ['名前', '%E5%90%8D%E5%89%8D'],
  ])('%p → %p', (segment, encoded) => {
    expect(encodePathSegment(segment)).toBe(encoded);
  });

  it('refuses an empty segment', () => {
    expect(encodePathSegment('')).toBeUndefined();
  });
});
