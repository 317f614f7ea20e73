/**
 * Holds a loader's batches back while reads that may feed them are in flight.
 *
 * Why: `nodes(ids:)` over several JobRuns makes one GetJobRun per run, and each run's `workspace`
 * is looked up when ITS GetJobRun answers, i.e. in a different event-loop turn for every run.
 * DataLoader batches one turn at a time, so each lookup would become its own ListWorkspaces scan.
 * Dispatching a workspace batch only once the in-flight GetJobRun calls have settled (and their
 * resolvers have run) collects every such lookup into one scan per region. The wait is bounded by
 * those calls' own deadlines, and costs nothing when no such call is in flight.
 */
export interface ReadBarrier {
  /** Registers an upstream read whose answer may lead to loads on the held-back loader. */
  track(read: Promise<unknown>): void;
  /** A DataLoader `batchScheduleFn`: dispatches once no tracked read is in flight. */
  schedule(dispatch: () => void): void;
}

/** A barrier for one request's loaders. */
export function createReadBarrier(): ReadBarrier {
  const inFlight = new Set<Promise<unknown>>();
  return {
    track(read) {
      inFlight.add(read);
      const settle = () => {
        inFlight.delete(read);
      };
      void read.then(settle, settle);
    },
    schedule(dispatch) {
      // setImmediate first: by then every loader batch of the current turn has dispatched, so reads
      // that start in this turn (e.g. the GetJobRun calls of the same nodes() call) are tracked.
      const check = (): void => {
        if (inFlight.size === 0) {
          dispatch();
          return;
        }
        // After they settle, one more turn lets the resolvers waiting on them issue their loads.
        void Promise.allSettled([...inFlight]).then(() => setImmediate(check));
      };
      setImmediate(check);
    },
  };
}
