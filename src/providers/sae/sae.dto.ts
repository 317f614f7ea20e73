// Wire shapes (DTOs) of the SAE 2019-05-06 job APIs as the client reads them (the emulator declares its own,
// in emulators/sae/*.wire.ts), named after the SDK model classes (sae-20190506/src/models). The generated
// SDK declares every member optional; here the ids and the list containers are required (the client checks
// them before it hands a body on) and everything else the service may leave out is optional.

/** ListJobs query (SDK `ListJobsRequest`): job templates, filtered, ordered and paged. */
export interface ListJobsRequest {
  readonly AppName?: string;
  /** 1-based. */
  readonly CurrentPage?: number;
  /** What FieldValue matches: `appName` (a name fragment) or `appIds` (comma-separated AppIds). */
  readonly FieldType?: 'appName' | 'appIds';
  readonly FieldValue?: string;
  readonly NamespaceId?: string;
  /** `running` (running instances) or `instances` (target instances). */
  readonly OrderBy?: 'running' | 'instances';
  /** 0..200. */
  readonly PageSize?: number;
  /** With OrderBy: true = ascending, false = descending (the doc's wording). */
  readonly Reverse?: boolean;
  /** A JSON string `[{"key":"k","value":"v"}]`; the SDK passes it through as-is. */
  readonly Tags?: string;
  /** Must be `job`. */
  readonly Workload?: 'job';
}

/** DescribeJobHistory query (SDK `DescribeJobHistoryRequest`): the executions of one template. */
export interface DescribeJobHistoryRequest {
  readonly AppId: string;
  readonly CurrentPage?: number;
  /** 0..10000. */
  readonly PageSize?: number;
  /** "0" not run, "1" succeeded, "2" failed, "3" running. */
  readonly State?: string;
}

/** DescribeJobStatus query (SDK `DescribeJobStatusRequest`): one execution. */
export interface DescribeJobStatusRequest {
  readonly AppId: string;
  readonly JobId: string;
}

/** One tag of a job template, as ListJobs returns it (request filters spell it `key`/`value`). */
export interface ListJobsResponseBodyDataApplicationsTags {
  readonly Key?: string;
  readonly Value?: string;
}

/** One job template (an application with Workload=job) in `Data.Applications`. */
export interface ListJobsResponseBodyDataApplications {
  readonly AppId: string;
  readonly AppName?: string;
  readonly AppDescription?: string;
  readonly NamespaceId?: string;
  readonly RegionId?: string;
  readonly Tags?: readonly ListJobsResponseBodyDataApplicationsTags[];
  /** JSON string: `{"type":"time","config":"<cron>","timezone":"GMT+8:00"}` or `{"type":"http","config":{...}}`. */
  readonly TriggerConfig?: string;
  readonly Suspend?: boolean;
  /** Running instances of the latest execution. */
  readonly Active?: number;
  /** Succeeded instances of the latest execution. */
  readonly Succeeded?: number;
  /** Failed instances of the latest execution. */
  readonly Failed?: number;
  /** Epoch seconds; absent when the template never ran. */
  readonly LastStartTime?: number;
  /** Epoch seconds; absent while the latest execution has not completed. */
  readonly CompletionTime?: number;
  /** "0" the last change order failed, "1" it succeeded. */
  readonly LastChangeorderState?: string;
  /** "0" not run, "1" succeeded, "2" failed, "3" running. */
  readonly LastJobState?: string;
  /** Millicores per instance. */
  readonly Cpu?: number;
  /** MB per instance. */
  readonly Mem?: number;
  readonly Message?: string;
  readonly ImageUrl?: string;
}

/** `Data` of ListJobs. */
export interface ListJobsResponseBodyData {
  readonly Applications: readonly ListJobsResponseBodyDataApplications[];
  readonly CurrentPage?: number;
  readonly PageSize?: number;
  readonly TotalSize?: number;
}

/** One execution of a job template: a `Data.Jobs` item of DescribeJobHistory, and DescribeJobStatus's `Data`. */
export interface DescribeJobHistoryResponseBodyDataJobs {
  /** `manual-<uuid>` (ExecJob), `event-<uuid>` (HTTP trigger) or `<AppName>-<epoch minutes>` (cron). */
  readonly JobId: string;
  /** "0" not run, "1" succeeded, "2" failed, "3" running. */
  readonly State?: string;
  /** Epoch seconds the execution was created. */
  readonly StartTime?: number;
  /** Epoch seconds; absent until the execution completes. */
  readonly CompletionTime?: number;
  readonly Active?: number;
  readonly Succeeded?: number;
  readonly Failed?: number;
  /** Why an execution failed or waits; absent otherwise. */
  readonly Message?: string;
}

/** `Data` of DescribeJobStatus: the same eight fields as a history item. */
export type DescribeJobStatusResponseBodyData = DescribeJobHistoryResponseBodyDataJobs;

/** `Data` of DescribeJobHistory. */
export interface DescribeJobHistoryResponseBodyData {
  readonly Jobs: readonly DescribeJobHistoryResponseBodyDataJobs[];
  readonly CurrentPage?: number;
  readonly PageSize?: number;
  readonly TotalSize?: number;
}

/** The SAE envelope as a client may receive it, success or not: every member may be missing. */
export interface SaeResponseEnvelope {
  readonly RequestId?: string;
  /** "200" on success; on failure an HTTP-like status ("400") or an error code. */
  readonly Code?: string;
  readonly Message?: string;
  readonly Success?: boolean;
  /** Only on failure (the doc's success example shows a placeholder; it is ignored when Success is true). */
  readonly ErrorCode?: string;
  readonly Data?: unknown;
  readonly TraceId?: string;
}

/** The envelope every successful SAE response uses. */
export interface SaeSuccessBody<TData> {
  readonly RequestId: string;
  readonly Code: '200';
  readonly Message: 'success';
  readonly Success: true;
  readonly Data: TData;
  readonly TraceId: string;
}

/** A successful ListJobs body; it repeats the paging numbers at the top level (see the doc's example). */
export interface ListJobsResponseBody extends SaeSuccessBody<ListJobsResponseBodyData> {
  readonly CurrentPage: number;
  readonly PageSize: number;
  readonly TotalSize: number;
}

/** A successful DescribeJobHistory body. */
export type DescribeJobHistoryResponseBody = SaeSuccessBody<DescribeJobHistoryResponseBodyData>;

/** A successful DescribeJobStatus body. */
export type DescribeJobStatusResponseBody = SaeSuccessBody<DescribeJobStatusResponseBodyData>;

/** An SAE error: the POP gateway fields plus the SAE envelope fields, so either kind of client reads it. */
export interface SaeErrorBody {
  readonly RequestId: string;
  readonly HostId: string;
  readonly Code: string;
  readonly Message: string;
  readonly Recommend: string;
  readonly Success: false;
  readonly ErrorCode: string;
  readonly TraceId: string;
}
