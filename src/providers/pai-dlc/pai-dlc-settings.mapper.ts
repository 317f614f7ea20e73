// Pure mapping of a job's Settings, ElasticSpec, CredentialConfig and JobReplicaStatuses. The
// temporary credentials in AssumeUserInfo (AccessKeyId, SecurityToken) are never read.
import type {
  PaiCredentialConfig,
  PaiJobElasticSpec,
  PaiJobReplicaStatus,
  PaiJobSettings,
} from '../../domain/pai-job-settings';
import type { CredentialConfig, JobElasticSpec, JobReplicaStatus, JobSettings } from './pai-dlc-settings.dto';
import { toAutoScalingSpec, toResourceConfig } from './pai-dlc-spec.mapper';
import { flag, jsonMap, num, objects, stringMap, text, wireObject } from './pai-dlc-wire-values';

/** Settings → the domain settings; null when absent. */
export function toJobSettings(value: JobSettings | undefined): PaiJobSettings | null {
  const dto = wireObject(value);
  if (!dto) return null;
  const juicer = wireObject(dto.DataJuicerConfig);
  const limit = wireObject(juicer?.ResourceLimit);
  const model = wireObject(dto.ModelConfig);
  return {
    businessUserId: text(dto.BusinessUserId),
    caller: text(dto.Caller),
    tags: stringMap(dto.Tags),
    pipelineId: text(dto.PipelineId),
    enableTideResource: flag(dto.EnableTideResource),
    enableErrorMonitoringInAiMaster: flag(dto.EnableErrorMonitoringInAIMaster),
    errorMonitoringArgs: text(dto.ErrorMonitoringArgs),
    enableRdma: flag(dto.EnableRDMA),
    allocateAllRdmaDevices: flag(dto.AllocateAllRDMADevices),
    enableOssAppend: flag(dto.EnableOssAppend),
    oversoldType: text(dto.OversoldType),
    advancedSettings: jsonMap(dto.AdvancedSettings),
    driver: text(dto.Driver),
    enableSanityCheck: flag(dto.EnableSanityCheck),
    sanityCheckArgs: text(dto.SanityCheckArgs),
    jobReservedMinutes: num(dto.JobReservedMinutes),
    jobReservedPolicy: text(dto.JobReservedPolicy),
    enableCpuAffinity: flag(dto.EnableCPUAffinity),
    disableEcsStockCheck: flag(dto.DisableEcsStockCheck),
    allowUnschedulableNodes: flag(dto.AllowUnschedulableNodes),
    enableDswDev: flag(dto.EnableDSWDev),
    elasticSpotJobMaxRestartTimes: num(dto.ElasticSpotJobMaxRestartTimes),
    terminationGracePeriodSeconds: num(dto.TerminationGracePeriodSeconds),
    shell: text(dto.Shell),
    dataJuicerConfig: juicer && {
      commandType: text(juicer.CommandType),
      executionMode: text(juicer.ExecutionMode),
      enableResourceEstimation: flag(juicer.EnableResourceEstimation),
      resourceLimit: limit && { cpu: text(limit.CPU), gpu: text(limit.GPU), memory: text(limit.Memory) },
    },
    modelConfig: model && { modelName: text(model.ModelName) },
  };
}

/** ElasticSpec → the domain elastic spec; null when absent. */
export function toElasticSpec(value: JobElasticSpec | undefined): PaiJobElasticSpec | null {
  const dto = wireObject(value);
  if (!dto) return null;
  return {
    enableElasticTraining: flag(dto.EnableElasticTraining),
    minParallelism: num(dto.MinParallelism),
    maxParallelism: num(dto.MaxParallelism),
    aiMasterType: text(dto.AIMasterType),
    aiMasterDockerImage: text(dto.AIMasterDockerImage),
    enableAiMaster: flag(dto.EnableAIMaster),
    enablePsJobElasticWorker: flag(dto.EnablePsJobElasticWorker),
    enablePsJobElasticPs: flag(dto.EnablePsJobElasticPS),
    enablePsResourceEstimate: flag(dto.EnablePsResourceEstimate),
    psMinParallelism: num(dto.PSMinParallelism),
    psMaxParallelism: num(dto.PSMaxParallelism),
    elasticStrategy: text(dto.ElasticStrategy),
    enableEdp: flag(dto.EnableEDP),
    edpMinParallelism: num(dto.EDPMinParallelism),
    edpMaxParallelism: num(dto.EDPMaxParallelism),
  };
}

/**
 * CredentialConfig → the domain config, built field by field from an allow-list so that the
 * injected AccessKeyId and SecurityToken can never reach it, whatever else the wire carries.
 */
export function toCredentialConfig(value: CredentialConfig | undefined): PaiCredentialConfig | null {
  const dto = wireObject(value);
  if (!dto) return null;
  return {
    enableCredentialInject: flag(dto.EnableCredentialInject),
    aliyunEnvRoleKey: text(dto.AliyunEnvRoleKey),
    credentialConfigItems: objects(dto.CredentialConfigItems, (item) => ({
      key: text(item.Key),
      type: text(item.Type),
      roles: objects(item.Roles, (role) => {
        const user = wireObject(role.AssumeUserInfo);
        return {
          roleArn: text(role.RoleArn),
          roleType: text(role.RoleType),
          assumeRoleFor: text(role.AssumeRoleFor),
          policy: text(role.Policy),
          assumeUserInfo: user && { type: text(user.Type), id: text(user.Id) },
        };
      }),
    })),
  };
}

/** A JobReplicaStatuses item → the domain counters. */
export function toReplicaStatus(dto: JobReplicaStatus): PaiJobReplicaStatus {
  return {
    type: text(dto.Type),
    active: num(dto.Active),
    queuing: num(dto.Queuing),
    dequeued: num(dto.Dequeued),
    estimatedPodCount: num(dto.EstimatedPodCount),
    currentSpotInstanceType: text(dto.CurrentSpotInstanceType),
    estimatedResourceConfig: toResourceConfig(dto.EstimatedResourceConfig),
    estimatedAutoScalingSpec: toAutoScalingSpec(dto.EstimatedAutoScalingSpec),
  };
}
