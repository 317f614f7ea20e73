/** Process-level failures seen since start, for /metrics. */
export interface ProcessGuardCounts {
  unhandledRejections: number;
  uncaughtExceptions: number;
}

/**
 * Counts kept for the life of the process (they describe the process, not a request). Every
 * promise in the code has an owner, so both should stay 0; a non-zero value is a bug to fix.
 */
export const processGuardCounts: ProcessGuardCounts = { unhandledRejections: 0, uncaughtExceptions: 0 };

/** What the guards do besides logging and counting. */
export interface ProcessGuardOptions {
  /** One line per event. */
  readonly log: (line: string) => void;
  /** After an uncaught exception the process state is unknown (Node's own advice): stop it. */
  readonly onUncaughtException?: () => void;
}

/** The error's class only: its message and stack may hold upstream text, hosts or secrets. */
function errorClass(error: unknown): string {
  if (error instanceof Error) return error.constructor.name || 'Error';
  return error === null ? 'null' : typeof error;
}

/**
 * Installs the last line of defence: an unhandled rejection is logged (error class only) and
 * counted, and the process keeps serving, since the one failed request has already been answered
 * or will time out; an uncaught exception is logged, counted and ends the process through
 * `onUncaughtException` (default: exit code 1). Returns a function that removes both handlers.
 */
export function installProcessGuards(
  options: ProcessGuardOptions,
  proc: NodeJS.Process = process,
): () => void {
  const onRejection = (reason: unknown) => {
    processGuardCounts.unhandledRejections += 1;
    options.log(
      `unhandled promise rejection (${errorClass(reason)}); still serving. This is a bug: the promise had no owner.`,
    );
  };
  const onException = (error: unknown) => {
    processGuardCounts.uncaughtExceptions += 1;
    options.log(`uncaught exception (${errorClass(error)}); stopping.`);
    (options.onUncaughtException ?? (() => proc.exit(1)))();
  };
  proc.on('unhandledRejection', onRejection);
  proc.on('uncaughtException', onException);
  return () => {
    proc.off('unhandledRejection', onRejection);
    proc.off('uncaughtException', onException);
  };
}
