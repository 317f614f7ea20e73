// TODO(issue 9): moved to src/domain/sae-job-status.ts; kept only until src/schema/job/sources imports it from there.
export { saeStateForStatus } from '../../domain/sae-job-status';
