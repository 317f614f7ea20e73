// The largest page jobgraph asks each upstream list for. The providers refuse a larger request before
// sending it, and the schema sizes its reads by the same numbers, so both sides read them from here.
// A page asked is not a page promised: where the documentation states no maximum a server may serve
// fewer, so every paging loop ends on the token or the total, never on a short page.

/**
 * EMR's page size for both lists: ListJobRuns documents a maximum of 100; ListWorkspaces documents
 * none, and asking it the same keeps one number (a server serving fewer is followed by nextToken).
 */
export const EMR_MAX_RESULTS = 100;

/**
 * The largest PAI-DLC ListJobs PageSize jobgraph asks for. The doc names no maximum (its example is
 * 50); 100 is the POP norm. A server serving fewer is read on against TotalCount
 * (pagination/numbered-window.ts).
 */
export const PAI_LIST_JOBS_MAX_PAGE_SIZE = 100;

/** SAE ListJobs accepts PageSize 0..200 (the ListJobs doc). */
export const SAE_LIST_JOBS_MAX_PAGE_SIZE = 200;

/** SAE DescribeJobHistory accepts PageSize 0..10000 (SDK model docs). */
export const SAE_JOB_HISTORY_MAX_PAGE_SIZE = 10_000;
