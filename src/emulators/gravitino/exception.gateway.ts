/**
 * The server-side exceptions the emulated operations can raise, with the messages Gravitino's
 * managers put in them (`MetalakeManager`, `JobManager`, `NameIdentifier`). The REST layer turns
 * them into `ErrorResponse` bodies (see error.gateway.ts).
 */

/** One thrown exception: its simple class name (the wire `type`), its message and where it came from. */
export interface GravitinoException {
  /** Simple class name, e.g. `NoSuchJobException`; becomes `ErrorResponse.type`. */
  readonly type: string;
  /** The exception message; becomes the `reason [...]` part of the error message. */
  readonly reason: string;
  /** Fully-qualified class name, used only for the optional stack. */
  readonly className: string;
  /** A plausible top stack frame, used only for the optional stack. */
  readonly frame: string;
}

const EXCEPTIONS = 'org.apache.gravitino.exceptions';

/** `NoSuchMetalakeException` from `MetalakeManager.checkMetalake` / `loadMetalake`. */
export function noSuchMetalake(metalake: string): GravitinoException {
  return {
    type: 'NoSuchMetalakeException',
    reason: `Metalake ${metalake} does not exist`,
    className: `${EXCEPTIONS}.NoSuchMetalakeException`,
    frame: 'org.apache.gravitino.metalake.MetalakeManager.metalakeInUse(MetalakeManager.java:116)',
  };
}

/** `NoSuchJobTemplateException` from `JobManager.getJobTemplate` (also raised by listJobs' template check). */
export function noSuchJobTemplate(name: string, metalake: string): GravitinoException {
  return {
    type: 'NoSuchJobTemplateException',
    reason: `Job template with name ${name} under metalake ${metalake} does not exist`,
    className: `${EXCEPTIONS}.NoSuchJobTemplateException`,
    frame: 'org.apache.gravitino.job.JobManager.getJobTemplate(JobManager.java:233)',
  };
}

/** `NoSuchJobException` from `JobManager.getJob`. */
export function noSuchJob(jobId: string, metalake: string): GravitinoException {
  return {
    type: 'NoSuchJobException',
    reason: `Job with ID ${jobId} under metalake ${metalake} does not exist`,
    className: `${EXCEPTIONS}.NoSuchJobException`,
    frame: 'org.apache.gravitino.job.JobManager.getJob(JobManager.java:356)',
  };
}

/** `IllegalArgumentException` from argument checks (bad instant, unknown sortBy/sortOrder). */
export function illegalArgument(reason: string): GravitinoException {
  return {
    type: 'IllegalArgumentException',
    reason,
    className: 'java.lang.IllegalArgumentException',
    frame: 'com.google.common.base.Preconditions.checkArgument(Preconditions.java:143)',
  };
}

/** `IllegalNameIdentifierException` (an IllegalArgumentException): an empty name such as `jobTemplateName=`. */
export function illegalEmptyName(): GravitinoException {
  return {
    type: 'IllegalNameIdentifierException',
    reason: 'Cannot create a NameIdentifier with null or empty name',
    className: `${EXCEPTIONS}.IllegalNameIdentifierException`,
    frame: 'org.apache.gravitino.NameIdentifier.check(NameIdentifier.java:186)',
  };
}
