// TODO(issue 9): moved to src/domain/pai-dlc-job-status.ts; kept only until src/schema/job/sources imports it from there.
export { paiStatusesFor } from '../../domain/pai-dlc-job-status';
