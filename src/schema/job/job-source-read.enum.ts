import { registerEnumType } from 'type-graphql';

/** How a `jobs` page read a provider instance's lists (the jobs layer's InstanceRead). */
export const JobSourceRead = {
  PAGED_NEWEST_FIRST: 'PAGED_NEWEST_FIRST',
  FULL_READ: 'FULL_READ',
  NOT_READ: 'NOT_READ',
} as const;

registerEnumType(JobSourceRead, {
  name: 'JobSourceRead',
  description:
    "How a `jobs` page read a provider instance's sources. No upstream documents the order of every list it returns, so jobgraph checks the order it relies on and reads a list whole where it cannot.",
  valuesConfig: {
    PAGED_NEWEST_FIRST: {
      description:
        'Page by page, newest first, stopping once the page had enough: in the order the upstream was asked for and documents (PAI-DLC ListJobs sorted by GmtCreateTime), or, where it documents none (EMR ListJobRuns, SAE DescribeJobHistory), with every item checked to arrive newest first, across pages.',
    },
    FULL_READ: {
      description:
        "At least one source was read whole (within the filter's time window) and sorted by jobgraph: a Gravitino metalake (its API answers whole lists), or an EMR workspace or SAE template history whose items did not arrive newest first. A full read that would pass the page's read allowance fails that source with QUERY_TOO_COMPLEX instead.",
    },
    NOT_READ: { description: 'No source of this instance was read: none could reach this page.' },
  },
});
