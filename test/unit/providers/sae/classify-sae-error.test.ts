import { UpstreamError } from '../../../../src/errors/upstream.error';
import { unwrapSaeEnvelope } from '../../../../src/providers/sae/classify-sae-error';

const unwrap = (body: unknown) => unwrapSaeEnvelope('SAE', 'ListJobs', body);
const failureOf = (body: unknown): UpstreamError => {
  try {
    unwrap(body);
  } catch (error) {
    if (error instanceof UpstreamError) return error;
  }
  throw new Error('expected an UpstreamError');
};

describe('unwrapSaeEnvelope', () => {
  it('returns Data and the request id of a success', () => {
    expect(unwrap({ Success: true, Code: '200', RequestId: 'R', Data: { Jobs: [] } })).toEqual({
      data: { Jobs: [] },
      requestId: 'R',
    });
  });

  it('ignores the ErrorCode placeholder the doc example shows on success', () => {
    expect(unwrap({ Success: true, Code: '200', ErrorCode: '空', Data: {} }).data).toEqual({});
  });

  it('reads a missing Success flag from Code', () => {
    expect(unwrap({ Code: '200', Data: {} }).data).toEqual({});
    const requestId = '5B4E1D7C-1F0A-4C3B-9D2E-8A7B6C5D4E3F';
    expect(failureOf({ Code: 'InvalidAppId.NotFound', Message: 'gone', RequestId: requestId })).toMatchObject(
      {
        code: 'NOT_FOUND',
        upstreamCode: 'InvalidAppId.NotFound',
        requestId,
        status: 200,
      },
    );
  });

  it('shows a RequestId only when it has the shape of one', () => {
    expect(failureOf({ Code: 'InvalidAppId.NotFound', RequestId: 'R' }).requestId).toBeNull();
  });

  it('classifies Success:false by ErrorCode, with Code as the status', () => {
    expect(
      failureOf({
        Success: false,
        Code: '400',
        ErrorCode: 'InvalidParameter.NotEmpty',
        Message: 'You must specify the parameter AppId.',
      }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      upstreamCode: 'InvalidParameter.NotEmpty',
      retryable: false,
    });
    expect(failureOf({ Success: false, Code: '503', ErrorCode: 'ServiceUnavailable' })).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      retryable: true,
    });
    expect(failureOf({ Success: false, Code: 'Throttling.Api' })).toMatchObject({
      code: 'UPSTREAM_THROTTLED',
      retryable: true,
    });
    expect(failureOf({ Success: false })).toMatchObject({ code: 'UPSTREAM_ERROR', upstreamCode: null });
  });

  it('writes its own message; the upstream Message is only private log text, redacted', () => {
    const error = failureOf({
      Success: false,
      Code: '500',
      ErrorCode: 'InternalError',
      Message: 'failed at sae.cn-hangzhou.aliyuncs.com see https://x.y/z',
    });
    expect(error.message).toBe('SAE ListJobs is unavailable (HTTP 500, InternalError); retry later.');
    expect(JSON.stringify(error)).not.toMatch(/aliyuncs|https:|failed at/);
    expect(error.redactedUpstreamText).toBe('failed at [redacted] see [redacted]');
  });

  it.each([[null], ['text'], [[]], [{ Success: true }], [{ Success: true, Data: [] }]])(
    '%j is UPSTREAM_ERROR',
    (body) => {
      expect(failureOf(body)).toMatchObject({ code: 'UPSTREAM_ERROR' });
    },
  );
});
