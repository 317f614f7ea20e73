import { Field, InputType } from 'type-graphql';
import type { JobStatus as DomainJobStatus } from '../../domain/job-status';
import type { PaiJobStatus as WireStatus } from '../../domain/pai-job-status';
import type {
  PaiDisplayNameSearchMode as WireSearchMode,
  PaiOversoldInfo as WireOversoldInfo,
} from '../../domain/pai-job-filter';
import { JobStatus } from '../common/job-status.enum';
import { PaiDisplayNameSearchMode } from './pai-display-name-search-mode.enum';
import { PaiJobAccessibility } from './pai-job-accessibility.enum';
import { PaiNumericRangeInput } from './pai-numeric-range.input';
import { PaiOversoldInfo } from './pai-oversold-info.enum';
import { PaiPaymentType } from './pai-payment-type.enum';
import { PaiTagInput } from './pai-tag.input';
import { PaiTimeWindowInput } from './pai-time-window.input';
import { PaiJobStatus } from './pai-job-status.enum';
import { InstanceSelectionInput } from '../common/instance-selection.input';

/** Every documented ListJobs filter, plus which instances to read. */
@InputType('PaiJobFilter', {
  description: 'Which PAI-DLC jobs to list. Every field narrows the list; ListJobs applies them upstream.',
})
export class PaiJobFilter extends InstanceSelectionInput {
  @Field(() => String, {
    nullable: true,
    description: 'Job name (`DisplayName`), case-insensitive; how it matches is `displayNameSearchMode`.',
  })
  displayName?: string | null;

  @Field(() => PaiDisplayNameSearchMode, {
    nullable: true,
    description:
      'How `displayName` matches (`DisplayNameSearchMode`), a documented mode. Default: WILDCARD (contains). At most one of this and `displayNameSearchModeUnchecked`.',
  })
  displayNameSearchMode?: WireSearchMode | null;

  @Field(() => String, {
    nullable: true,
    description:
      '`DisplayNameSearchMode` as a string of your choosing, sent as is and unchecked: the documentation names only `wildcard`, so PAI-DLC may refuse any other value (BAD_USER_INPUT with the upstream code) or read it its own way.',
  })
  displayNameSearchModeUnchecked?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Framework (`JobType`): TFJob, PyTorchJob, XGBoostJob, OneFlowJob, ElasticBatchJob, ...',
  })
  jobType?: string | null;

  @Field(() => [PaiJobStatus], {
    nullable: true,
    description:
      "PAI's own statuses (`Status`); any of them matches. ListJobs takes one Status per call, so several cost one call per status, merged in the requested order (see `Query.paiJobs`).",
  })
  providerStatuses?: WireStatus[] | null;

  @Field(() => [JobStatus], {
    nullable: true,
    description:
      'Normalized statuses, sent as the PAI statuses that make them up (PENDING → Creating, Queuing, Bidding, EnvPreparing, SanityChecking). With `providerStatuses` too, a job must match both. UNKNOWN matches no documented status, so alone it lists nothing.',
  })
  statuses?: DomainJobStatus[] | null;

  @Field(() => PaiTimeWindowInput, {
    nullable: true,
    description:
      'Time window (`StartTime`, `EndTime`, `TimeRangeField`). Default: every job since 2015, by creation time.',
  })
  window?: PaiTimeWindowInput | null;

  @Field(() => String, { nullable: true, description: 'PAI workspace ID (`WorkspaceId`).' })
  workspaceId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Across every workspace (`FromAllWorkspaces`); only together with `showOwn: true`.',
  })
  fromAllWorkspaces?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Only the calling account's own jobs (`ShowOwn`)." })
  showOwn?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Resource group (quota) ID (`ResourceId`); wins over `resourceIds`.',
  })
  resourceId?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Several resource group IDs (`ResourceIds`); an empty list matches nothing.',
  })
  resourceIds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Fragment of the job ID (`JobId`), case-insensitive; wins over `jobIds`.',
  })
  jobId?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Exact job IDs (`JobIds`); an empty list matches nothing.',
  })
  jobIds?: string[] | null;

  @Field(() => String, { nullable: true, description: "Submitter's UID (`UserIdForFilter`)." })
  userId?: string | null;

  @Field(() => String, { nullable: true, description: "Fragment of the submitter's name (`Username`)." })
  username?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Fragment of the resource quota name (`ResourceQuotaName`).',
  })
  resourceQuotaName?: string | null;

  @Field(() => [PaiTagInput], { nullable: true, description: 'Tags the job must all carry (`Tags`).' })
  tags?: PaiTagInput[] | null;

  @Field(() => PaiJobAccessibility, { nullable: true, description: 'Visibility (`Accessibility`).' })
  accessibility?: 'PUBLIC' | 'PRIVATE' | null;

  @Field(() => String, {
    nullable: true,
    description: 'ID of the user the job is associated with (`BusinessUserId`).',
  })
  businessUserId?: string | null;

  @Field(() => String, { nullable: true, description: 'Who submitted it (`Caller`), e.g. `SilkFlow`.' })
  caller?: string | null;

  @Field(() => String, { nullable: true, description: 'Pipeline ID (`PipelineId`).' })
  pipelineId?: string | null;

  @Field(() => String, { nullable: true, description: 'Template ID (`TemplateId`).' })
  templateId?: string | null;

  @Field(() => String, { nullable: true, description: 'Fragment of the job description (`Description`).' })
  description?: string | null;

  @Field(() => PaiOversoldInfo, {
    nullable: true,
    description: 'Use of idle (oversold) quota (`OversoldInfo`).',
  })
  oversoldInfo?: WireOversoldInfo | null;

  @Field(() => PaiPaymentType, {
    nullable: true,
    description: 'How the resources are paid for (`PaymentType`).',
  })
  paymentType?: 'PrePaid' | 'Spot' | 'PostPaid' | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Jobs that pin (true) or do not pin (false) their nodes (`EnableAssignNode`).',
  })
  enableAssignNode?: boolean | null;

  @Field(() => PaiNumericRangeInput, {
    nullable: true,
    description:
      'A range on one number of the job (`NumericRangeField`, `NumericRangeMin`, `NumericRangeMax`).',
  })
  numericRange?: PaiNumericRangeInput | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words that must all appear in the image (`ImageSearch`).',
  })
  imageSearch?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words that must all appear in the status reason (`ReasonSearch`).',
  })
  reasonSearch?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words that must all appear in the command (`UserCommandSearch`).',
  })
  userCommandSearch?: string | null;
}
