import type { GravitinoJob } from '../domain/gravitino-job';
import type { GravitinoMetalakeScope } from './gravitino-scope';

const scopeOf = (scope: GravitinoMetalakeScope): string => `${scope.instanceId}\u0000${scope.metalake}`;

/**
 * The job lists one request has read, per metalake, for lookups by id to answer from before they
 * call upstream. Each list is indexed by job id only when a lookup first reaches it, so a request
 * that reads a list and looks nothing up pays nothing per listed job.
 */
export class ListedJobs {
  private readonly lists = new Map<string, (readonly GravitinoJob[])[]>();
  private readonly indexes = new WeakMap<readonly GravitinoJob[], Map<string, GravitinoJob>>();

  /** Records a list read in `scope` (lists read earlier answer first, as priming did). */
  add(scope: GravitinoMetalakeScope, jobs: readonly GravitinoJob[]): void {
    const key = scopeOf(scope);
    const known = this.lists.get(key);
    if (known) known.push(jobs);
    else this.lists.set(key, [jobs]);
  }

  /** The job with `jobId` in a list read in `scope`, or undefined when none of them holds it. */
  find(scope: GravitinoMetalakeScope, jobId: string): GravitinoJob | undefined {
    for (const jobs of this.lists.get(scopeOf(scope)) ?? []) {
      let index = this.indexes.get(jobs);
      if (!index) {
        index = new Map();
        // The first of equal ids wins, as a prime (which never overwrites) did.
        for (const job of jobs) if (!index.has(job.jobId)) index.set(job.jobId, job);
        this.indexes.set(jobs, index);
      }
      const job = index.get(jobId);
      if (job) return job;
    }
    return undefined;
  }
}
