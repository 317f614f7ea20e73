import { UpstreamError } from '../../../../src/errors/upstream-error';
import { unwrapSaeEnvelope } from '../../../../src/providers/sae/sae-envelope';

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
    expect(failureOf({ Code: 'InvalidAppId.NotFound', Message: 'gone', RequestId: 'R' })).toMatchObject({
      code: 'NOT_FOUND',
      upstreamCode: 'InvalidAppId.NotFound',
      requestId: 'R',
      status: 200,
    });
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

  it('keeps hosts and URLs out of the message', () => {
    const error = failureOf({
      Success: false,
      Code: '500',
      ErrorCode: 'InternalError',
      Message: 'at sae.cn-hangzhou.aliyuncs.com see https://x.y/z',
    });
    expect(error.message).not.toMatch(/aliyuncs|https:/);
  });

  it.each([[null], ['text'], [[]], [{ Success: true }], [{ Success: true, Data: [] }]])(
    '%j is UPSTREAM_ERROR',
    (body) => {
      expect(failureOf(body)).toMatchObject({ code: 'UPSTREAM_ERROR' });
    },
  );
});
