import { registerEnumType } from 'type-graphql';
import {
  isPaiJobStatus,
  PAI_STATUS_TABLE,
  type PaiJobStatus as WireStatus,
} from '../../domain/pai-job-status';

/**
 * PAI-DLC's own job statuses as a GraphQL enum. GraphQL names are SCREAMING_CASE; the values are the
 * wire strings, so resolvers and filters pass them through unchanged.
 */
export const PaiJobStatus = {
  CREATING: 'Creating',
  QUEUING: 'Queuing',
  BIDDING: 'Bidding',
  ENV_PREPARING: 'EnvPreparing',
  SANITY_CHECKING: 'SanityChecking',
  RUNNING: 'Running',
  RESTARTING: 'Restarting',
  STOPPING: 'Stopping',
  SUCCEEDED_RESERVING: 'SucceededReserving',
  FAILED_RESERVING: 'FailedReserving',
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed',
  STOPPED: 'Stopped',
} as const satisfies Record<string, WireStatus>;

/** The wire status if PAI documents it; null for anything else (providerStatus keeps the string). */
export function knownPaiJobStatus(status: string): WireStatus | null {
  return isPaiJobStatus(status) ? status : null;
}

registerEnumType(PaiJobStatus, {
  name: 'PaiJobStatus',
  description:
    "A PAI-DLC job's own status (`Status`), as documented for ListJobs. `JobStatus` is its normalized form.",
  valuesConfig: {
    CREATING: {
      description: `\`Creating\`: the job is being created. Normalized: ${PAI_STATUS_TABLE.Creating}.`,
    },
    QUEUING: {
      description: `\`Queuing\`: waiting in the quota queue for resources. Normalized: ${PAI_STATUS_TABLE.Queuing}.`,
    },
    BIDDING: {
      description: `\`Bidding\`: a Lingjun spot job bidding for instances. Normalized: ${PAI_STATUS_TABLE.Bidding}.`,
    },
    ENV_PREPARING: {
      description: `\`EnvPreparing\`: pulling the image and mounting data. Normalized: ${PAI_STATUS_TABLE.EnvPreparing}.`,
    },
    SANITY_CHECKING: {
      description: `\`SanityChecking\`: the node health check before the code runs. Normalized: ${PAI_STATUS_TABLE.SanityChecking}.`,
    },
    RUNNING: { description: `\`Running\`: the code runs. Normalized: ${PAI_STATUS_TABLE.Running}.` },
    RESTARTING: {
      description: `\`Restarting\`: a fault-tolerant restart of a running job. Normalized: ${PAI_STATUS_TABLE.Restarting}.`,
    },
    STOPPING: {
      description: `\`Stopping\`: a stop was asked for and is under way. Normalized: ${PAI_STATUS_TABLE.Stopping}.`,
    },
    SUCCEEDED_RESERVING: {
      description: `\`SucceededReserving\`: succeeded; its pods are kept for inspection for a while. Normalized: ${PAI_STATUS_TABLE.SucceededReserving}.`,
    },
    FAILED_RESERVING: {
      description: `\`FailedReserving\`: failed; its pods are kept for inspection for a while. Normalized: ${PAI_STATUS_TABLE.FailedReserving}.`,
    },
    SUCCEEDED: {
      description: `\`Succeeded\`: finished successfully. Normalized: ${PAI_STATUS_TABLE.Succeeded}.`,
    },
    FAILED: { description: `\`Failed\`: finished with a failure. Normalized: ${PAI_STATUS_TABLE.Failed}.` },
    STOPPED: {
      description: `\`Stopped\`: stopped by a user or by its maximum running time. Normalized: ${PAI_STATUS_TABLE.Stopped}.`,
    },
  },
});
