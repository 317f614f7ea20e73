// TODO(issue 9): moved to src/domain/emr-job-run-status.ts; kept only until src/schema/job/sources imports it from there.
export { emrStatesForStatuses } from '../../domain/emr-job-run-status';
