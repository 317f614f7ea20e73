// The largest page each upstream list returns. The providers refuse a larger request before sending
// it, and the schema sizes its reads by the same numbers, so both sides read them from here.

/** EMR's page-size bound for both lists (documented for ListJobRuns, enforced alike for ListWorkspaces). */
export const EMR_MAX_RESULTS = 100;

/**
 * The largest PAI-DLC ListJobs PageSize. The doc names no maximum (its example is 50); 100 is the POP
 * norm and what the emulator enforces (a larger PageSize is 400 InvalidParameter).
 */
export const PAI_LIST_JOBS_MAX_PAGE_SIZE = 100;

/** SAE ListJobs accepts PageSize 0..200 (the ListJobs doc). */
export const SAE_LIST_JOBS_MAX_PAGE_SIZE = 200;

/** SAE DescribeJobHistory accepts PageSize 0..10000 (SDK model docs). */
export const SAE_JOB_HISTORY_MAX_PAGE_SIZE = 10_000;
