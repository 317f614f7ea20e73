import type { EmulatorRequest } from '../shared/emulator-types';

/** The product an Alibaba Cloud emulator stands for, as its error bodies and signatures name it. */
export interface AlibabaProduct {
  /** Product code used in Recommend links, e.g. `emr-serverless-spark`. */
  readonly productCode: string;
  /** API version every call must carry in x-acs-version, e.g. `2023-08-08`. */
  readonly version: string;
  /** What real error bodies put in HostId: the endpoint host, e.g. `emr-serverless-spark.cn-hangzhou.aliyuncs.com`. */
  readonly hostId: string;
}

/** The error body the Alibaba Cloud OpenAPI gateway returns: `{RequestId, HostId, Code, Message, Recommend}`. */
export interface AlibabaErrorBody {
  readonly RequestId: string;
  readonly HostId: string;
  readonly Code: string;
  readonly Message: string;
  readonly Recommend: string;
}

/** Builds the documented error body for one request. */
export function alibabaErrorBody(
  product: AlibabaProduct,
  request: EmulatorRequest,
  code: string,
  message: string,
): AlibabaErrorBody {
  const query = new URLSearchParams({ q: code, product: product.productCode, requestId: request.requestId });
  return {
    RequestId: request.requestId,
    HostId: product.hostId,
    Code: code,
    Message: message,
    Recommend: `https://api.aliyun.com/troubleshoot?${query.toString()}`,
  };
}
