/**
 * Fields that only a per-object detail call returns. Selecting any field of a group costs that
 * group's one call per object (the loader shares it among the group's fields), only when the
 * object came from where the call is needed.
 */
export interface DetailGroup {
  /** Field coordinates served by the one call. */
  readonly fields: readonly string[];
  /** The call is needed only for objects that came from these fields. */
  readonly onlyFrom?: readonly string[];
  /** Objects from these fields already hold the group. */
  readonly freeFrom?: readonly string[];
  /**
   * The object type the call is made for: fields of its sub-objects (a PAI job's pods) are charged
   * on the enclosing object of that type, once, when the walk has one.
   */
  readonly owner?: string;
}

/** The groups, by the call that serves them. */
export const DETAIL_GROUPS: Readonly<Record<string, DetailGroup>> = {
  // GetJobRun: the driver spec and configurations ListJobRuns leaves out; a refetched run has them.
  'EMR GetJobRun': {
    fields: [
      'JobRun.jobDriver',
      'JobRun.configurationOverrides',
      'JobRun.environmentId',
      'JobRun.notebookAccessUrl',
    ],
    freeFrom: ['Query.node', 'Query.nodes', 'Query._entities'],
  },
  // A one-item ListJobRuns for the usage metrics GetJobRun leaves out: only for refetched runs.
  'EMR ListJobRuns (one run)': {
    fields: ['JobRun.vcoreSeconds', 'JobRun.mbSeconds', 'JobRun.cuHours'],
    // _entities refetches like nodes (the Federation subgraph's entity fetches).
    onlyFrom: ['Query.node', 'Query.nodes', 'Query._entities'],
  },
  // GetJob: what ListJobs leaves out, one call per job shared by the job, its pods and data sources.
  'PAI GetJob': {
    fields: [
      'PaiJob.description',
      'PaiJob.customEnvs',
      'PaiJob.restartRecord',
      'PaiJob.roleSystemEnvs',
      'Pod.duration',
      'Pod.resourceType',
      'PaiDataSource.uri',
    ],
    owner: 'PaiJob',
  },
};

/** Group name by field coordinate. */
export const DETAIL_GROUP_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(DETAIL_GROUPS).flatMap(([name, group]) =>
    group.fields.map((field) => [field, name] as const),
  ),
);

/**
 * Objects an embedded list (part of its parent's upstream item, no call of its own) is assumed to
 * hold; lists not named here count one object per parent. Their real size is bounded by the
 * upstream response, so this only keeps `requestedObjects` honest for the larger ones.
 */
export const EMBEDDED_LIST_SIZES: Readonly<Record<string, number>> = {
  'PaiJob.pods': 8,
  'Pod.history': 4,
};
