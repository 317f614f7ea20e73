import type { AlibabaErrorBody } from '../alibaba/error.gateway';
import type { EmulatorRequest, EmulatorResponse } from '../shared/emulator-types';
import { traceIdFor } from './id.materialize';
import type { SaeErrorBody, SaeSuccessBody } from './sae.wire';

/** A 200 answer in the SAE envelope; `extra` adds top-level members (ListJobs repeats its paging). */
export function saeSuccess<TData>(
  request: EmulatorRequest,
  data: TData,
  extra: Readonly<Record<string, unknown>> = {},
): EmulatorResponse {
  const body: SaeSuccessBody<TData> = {
    RequestId: request.requestId,
    Code: '200',
    Message: 'success',
    Success: true,
    Data: data,
    TraceId: traceIdFor(request.requestId),
  };
  return { status: 200, body: { ...body, ...extra }, headers: { 'x-acs-request-id': request.requestId } };
}

/**
 * The gateway's `wrapError` for SAE: every error keeps the POP fields the runtimes read (Code,
 * Message, RequestId, HostId, Recommend) and gains the envelope fields SAE callers check
 * (Success:false, ErrorCode), so gateway and business errors look alike.
 */
export function saeWrapError(body: AlibabaErrorBody): SaeErrorBody {
  return { ...body, Success: false, ErrorCode: body.Code, TraceId: traceIdFor(body.RequestId) };
}
