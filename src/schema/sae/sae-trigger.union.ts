import { createUnionType } from 'type-graphql';
import type { SaeTrigger as DomainSaeTrigger } from '../../domain/sae-job';
import { SaeCronTrigger } from './sae-cron-trigger.type';
import { SaeHttpTrigger } from './sae-http-trigger.type';

/** A job template's parsed TriggerConfig: scheduled (cron) or HTTP. */
export const SaeTrigger = createUnionType({
  name: 'SaeTrigger',
  description: "A job template's trigger, parsed from TriggerConfig: a cron schedule or HTTP trigger rules.",
  types: () => [SaeCronTrigger, SaeHttpTrigger] as const,
  resolveType: (value) => ((value as DomainSaeTrigger).type === 'time' ? SaeCronTrigger : SaeHttpTrigger),
});
