/**
 * Settings, ElasticSpec and CredentialConfig of a job. Filterable values (tags, caller, pipeline,
 * oversold type) come from the row, so the wire agrees with what the ListJobs filters matched.
 */
import { LINGJUN_DRIVER } from './vocabulary.dataset';
import type { JobDetail } from './job-detail.dataset';
import type { PaiDirectory } from './directory.dataset';
import type { PaiJobRow } from './pai-dlc.model';
import type { CredentialConfig, JobElasticSpec, JobSettings } from './job-settings.wire';

/** The job's Settings. */
export function buildSettings(row: PaiJobRow, directory: PaiDirectory, detail: JobDetail): JobSettings {
  const lingjun = directory.quotas[row.quotaIndex]?.resourceType === 'Lingjun';
  const elastic = row.jobType === 'ElasticBatchJob';
  return {
    ...(row.businessUserId ? { BusinessUserId: row.businessUserId } : {}),
    Caller: row.caller,
    Tags: { ...row.tags },
    ...(row.pipelineId ? { PipelineId: row.pipelineId } : {}),
    EnableTideResource: false,
    EnableErrorMonitoringInAIMaster: elastic,
    ErrorMonitoringArgs: elastic ? '--enable-log-hang-detection true' : '',
    EnableRDMA: lingjun,
    AllocateAllRDMADevices: lingjun && row.requestGPU >= 8,
    EnableOssAppend: detail.enableOssAppend,
    OversoldType: row.oversoldType,
    AdvancedSettings: {},
    ...(lingjun ? { Driver: LINGJUN_DRIVER } : {}),
    EnableSanityCheck: row.enableSanityCheck,
    ...(row.enableSanityCheck
      ? { SanityCheckArgs: '--sanity-check-timing=BeforeJobStart --sanity-check-timeout-ops=MarkJobFail' }
      : {}),
    JobReservedMinutes: row.reservedMinutes,
    JobReservedPolicy: row.reservedPolicy,
    EnableCPUAffinity: false,
    DisableEcsStockCheck: false,
    AllowUnschedulableNodes: false,
    EnableDSWDev: false,
    ...(row.paymentType === 'Spot' ? { ElasticSpotJobMaxRestartTimes: row.maxRestarts } : {}),
    TerminationGracePeriodSeconds: 30,
    Shell: '/bin/bash',
  };
}

/** The job's ElasticSpec: enabled for ElasticBatchJob, all off otherwise. */
export function buildElasticSpec(row: PaiJobRow): JobElasticSpec {
  const elastic = row.jobType === 'ElasticBatchJob';
  const workers = row.roles[row.roles.length - 1]?.podCount ?? 1;
  return {
    EnableElasticTraining: elastic,
    MinParallelism: elastic ? 1 : 0,
    MaxParallelism: elastic ? workers : 0,
    AIMasterType: elastic ? 'ecs.g6.large' : '',
    AIMasterDockerImage: elastic ? 'dsw-registry-vpc.cn-hangzhou.cr.aliyuncs.com/pai/aimaster:v1.3.0' : '',
    EnableAIMaster: elastic,
    EnablePsJobElasticWorker: false,
    EnablePsJobElasticPS: false,
    EnablePsResourceEstimate: false,
    PSMinParallelism: 0,
    PSMaxParallelism: 0,
    ElasticStrategy: elastic ? 'Default' : '',
    EnableEDP: false,
    EDPMinParallelism: 0,
    EDPMaxParallelism: 0,
  };
}

/** The job's CredentialConfig; injected credentials are never real (fake, obviously-marked values). */
export function buildCredentialConfig(directory: PaiDirectory, detail: JobDetail): CredentialConfig {
  if (!detail.credentialInject)
    return { EnableCredentialInject: false, AliyunEnvRoleKey: '', CredentialConfigItems: [] };
  return {
    EnableCredentialInject: true,
    AliyunEnvRoleKey: '0',
    CredentialConfigItems: [
      {
        Key: '0',
        Type: 'Role',
        Roles: [
          {
            RoleArn: `acs:ram::${directory.tenantId}:role/aliyunpaidlcdefaultrole`,
            RoleType: 'service',
            AssumeRoleFor: '',
            Policy: '',
            AssumeUserInfo: {
              AccessKeyId: 'FAKE-EMULATOR-AK',
              SecurityToken: 'FAKE-EMULATOR-STS-TOKEN',
              Type: 'user',
              Id: '',
            },
          },
        ],
      },
    ],
  };
}
