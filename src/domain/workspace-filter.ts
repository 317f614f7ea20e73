/** A `{key, value}` pair, as the EMR request filters spell tags and Spark/runtime configurations. */
export interface EmrKeyValue {
  readonly key: string;
  readonly value: string;
}

/** Every ListWorkspaces filter. The region is the instance's, always. */
export interface EmrWorkspaceFilter {
  /** Fuzzy (substring) match on the workspace name. */
  readonly name?: string;
  /** Workspace state, e.g. RUNNING. */
  readonly state?: string;
  /** All must match (wire `tag`). */
  readonly tags?: readonly EmrKeyValue[];
  readonly resourceGroupId?: string;
}
