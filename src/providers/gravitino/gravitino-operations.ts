import { gravitinoUnexpectedBody } from './classify-gravitino-error';

/** What a 2xx body of one read operation must hold besides `code: 0`. */
export interface GravitinoOperation {
  /** The operationId in Gravitino's OpenAPI files; used in errors and metrics. */
  readonly operation: string;
  /** The member that carries the answer (`jobs`, `job`, ...). */
  readonly member: string;
  /** A list of records, or one record. */
  readonly shape: 'list' | 'record';
  /** The field every record must carry as a string: without it nothing can be identified. */
  readonly idField: string;
}

/** The read operations of the jobs API this gateway uses (jobs.yaml, metalakes.yaml on main). */
export const GRAVITINO_OPERATIONS = {
  listMetalakes: { operation: 'listMetalakes', member: 'metalakes', shape: 'list', idField: 'name' },
  loadMetalake: { operation: 'loadMetalake', member: 'metalake', shape: 'record', idField: 'name' },
  listJobs: { operation: 'listJobs', member: 'jobs', shape: 'list', idField: 'jobId' },
  getJob: { operation: 'getJob', member: 'job', shape: 'record', idField: 'jobId' },
  listJobTemplates: { operation: 'listJobTemplates', member: 'jobTemplates', shape: 'list', idField: 'name' },
  getJobTemplate: { operation: 'getJobTemplate', member: 'jobTemplate', shape: 'record', idField: 'name' },
} as const satisfies Record<string, GravitinoOperation>;

function isRecordWithId(value: unknown, idField: string): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as Record<string, unknown>)[idField] === 'string'
  );
}

/**
 * Checks that a `code: 0` body has the operation's member in the documented shape, so a body that
 * parsed as JSON but is not this API's answer fails as a typed UPSTREAM_ERROR instead of
 * crashing a mapper later. Field-level oddities are left to the (total) mappers.
 */
export function checkGravitinoBody<T>(spec: GravitinoOperation, body: T): T {
  const member = (body as Record<string, unknown>)[spec.member];
  const ok =
    spec.shape === 'list'
      ? Array.isArray(member) && member.every((item) => isRecordWithId(item, spec.idField))
      : isRecordWithId(member, spec.idField);
  if (!ok) throw gravitinoUnexpectedBody(spec.operation);
  return body;
}
