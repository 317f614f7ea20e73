import { registerEnumType } from 'type-graphql';

/** Where a job list's status counts came from. */
export const GravitinoStatusCountsSource = { UPSTREAM: 'UPSTREAM', COUNTED: 'COUNTED' } as const;

registerEnumType(GravitinoStatusCountsSource, {
  name: 'GravitinoStatusCountsSource',
  description: 'Where `statusCounts` came from.',
  valuesConfig: {
    UPSTREAM: { description: 'Sent by the server (`statusCounts` of listJobs).' },
    COUNTED: {
      description:
        "Counted by the gateway over the listed jobs after its own filtering, exactly as main's server counts: a v1.3.0 server sends none (and ignores the time bounds), and a template's runs may be split from one list of its metalake.",
    },
  },
});
