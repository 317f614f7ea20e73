import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PaiJob } from '../../../../src/domain/pai-job';
import type { GetJobResponseBody, ListJobsResponseBody } from '../../../../src/providers/pai-dlc/pai-dlc.dto';
import { PAI_JOB_STATUSES, paiStatusesFor, PAI_STATUS_TABLE } from '../../../../src/domain/pai-job-status';
import { parseRestartTimes, toPaiJob } from '../../../../src/providers/pai-dlc/pai-dlc.mapper';

const fixture = <T>(name: string): T =>
  JSON.parse(readFileSync(join(__dirname, '../../../fixtures/pai-dlc', name), 'utf8')) as T;

const seed = fixture<ListJobsResponseBody>('list-jobs.seed.json');
const detail = fixture<GetJobResponseBody>('get-job.json');
const odd = fixture<ListJobsResponseBody>('odd-jobs.json');
const seedJob = seed.Jobs[0]!;
const listed = toPaiJob(seedJob, 'ListJobs', 'acct-hz');
const got = toPaiJob(detail, 'GetJob', 'acct-hz');
const oddJob = (jobId: string): PaiJob =>
  toPaiJob(
    odd.Jobs.find((job) => job.JobId === jobId)!,
    'ListJobs',
    'acct-hz',
  );
const ms = (iso: string) => Date.parse(iso);

/** The domain name of a wire member: lowerCamel, acronyms as words. */
const domainName = (wire: string): string =>
  ({ RequestCPU: 'requestCpu', RequestGPU: 'requestGpu' })[wire] ?? wire[0]!.toLowerCase() + wire.slice(1);

describe('toPaiJob: the ListJobs doc example', () => {
  it('has a domain field for every one of the 62 JobItem members', () => {
    const wireKeys = Object.keys(seedJob);
    expect(wireKeys).toHaveLength(62);
    for (const key of wireKeys) expect(listed).toHaveProperty(domainName(key));
  });

  it('fills the shared job fields: name, statuses, times, duration', () => {
    expect(listed).toMatchObject({
      provider: 'PAI_DLC',
      instanceId: 'acct-hz',
      origin: 'ListJobs',
      jobId: 'dlc-20210126170216-mtl37ge7gkvdz',
      name: 'tf-mnist-test',
      status: 'CANCELLED',
      providerStatus: 'Stopped',
      createdAt: ms('2021-01-12T14:35:01Z'),
      startedAt: ms('2021-01-12T14:35:01Z'),
      finishedAt: ms('2021-01-12T15:36:08Z'),
      durationMs: 3_602_000,
      duration: 3602,
    });
  });

  it('maps scalars, typed strings and the JobItem-only members', () => {
    expect(listed).toMatchObject({
      jobType: 'TFJob',
      subStatus: 'Restarting',
      reasonCode: 'JobStoppedByUser',
      workspaceId: '268',
      workspaceName: 'dlc-workspace',
      resourceId: 'dlc-quota',
      resourceLevel: 'L0',
      resourceType: 'ECS',
      resourceName: 'my_resource_group',
      resourceQuotaName: 'test',
      userId: '123456789',
      username: 'pai-dlc-role',
      priority: 1,
      accessibility: 'PUBLIC',
      clusterId: null,
      tenantId: null,
      requestCpu: 1,
      requestGpu: '1',
      requestMemory: '1Gi',
      nodeCount: 1,
      nodeNames: ['i-a'],
      restartTimes: '1',
      restartCount: 1,
      maxRestartTimes: null,
      retryCount: 1,
      templateId: 'tmpl-123',
      templateName: 'mnist-template',
      schedulingStrategy: 'Auto',
      supportedProfilingTypes: 'PyTorchProfiler',
      gmtModifiedTime: ms('2021-01-12T15:36:08Z'),
      gmtSuccessedTime: ms('2021-01-12T14:35:01Z'),
      jobMaxRunningTimeMinutes: 1,
      isDeleted: false,
      enablePreemptibleJob: false,
      useOversoldResource: false,
      envs: { key: 'ENABLE_DEBUG_MODE' },
      systemEnvs: { key: 'ENABLE_DEBUG_MODE' },
      thirdpartyLibs: ['numpy==1.16.1'],
      codeSource: {
        codeSourceId: 'code-20210111103721-85qz78ia96lu',
        branch: 'master',
        mountPath: '/mnt/data',
      },
      dataSources: [{ dataSourceId: 'data-20210114104214-vf9lowjt3pso', mountPath: '/mnt/data', uri: null }],
      // The doc example's UserVpc is a bare id string.
      userVpc: { vpcId: 'vpc-1', switchId: null, extendedCidrs: [] },
    });
    expect(listed).not.toHaveProperty('description');
    expect(listed).not.toHaveProperty('customEnvs');
  });

  it('maps the role spec with its nested parts', () => {
    expect(listed.jobSpecs).toHaveLength(1);
    expect(listed.jobSpecs[0]).toMatchObject({
      type: 'Worker',
      podCount: 1,
      ecsSpec: 'ecs.c6.large',
      imageConfig: { dockerRegistry: 'registry.cn-hangzhou.aliyuncs.com', username: 'registry-user' },
      resourceConfig: { cpu: '10', gpu: '3', memory: '10Gi', sharedMemory: '5Gi', gpuType: 'Tesla-V100-16G' },
      useSpotInstance: false,
      spotSpec: { spotStrategy: null, spotDiscountLimit: 0, spotPriceLimit: 0 },
      assignNodeSpec: {
        enableAssignNode: true,
        nodeNames: ['lingjxxxxxxxx'],
        antiAffinityNodeNames: ['lingjxxxxxxxx'],
      },
      extraPodSpec: {
        initContainers: [
          {
            name: 'data-init',
            command: ['curl www.aliyun.com'],
            args: [],
            workingDir: '/root',
            env: [{ name: 'ENABLE_DEBUG', value: 'true' }],
            resources: { limits: { key: '' }, requests: { key: '' } },
          },
        ],
        podAnnotations: { key: '' },
        sharedVolumeMountPaths: ['/root/share/'],
        lifecycle: { preStop: [], postStart: [] },
        mainContainerSecurityContext: {
          runAsUser: 1000,
          runAsGroup: 1000,
          seccompProfile: { type: 'Unconfined', localhostProfile: 'my-profiles/profile-allow.json' },
        },
      },
    });
  });

  it('maps settings, elastic spec, replica statuses and the status timeline', () => {
    expect(listed.settings).toMatchObject({
      businessUserId: '166924',
      caller: 'SilkFlow',
      tags: { key: '' },
      enableRdma: true,
      advancedSettings: { test: 'test', test2: 1 },
      jobReservedMinutes: 30,
      enableCpuAffinity: true,
    });
    expect(listed.elasticSpec).toMatchObject({
      enableElasticTraining: true,
      maxParallelism: 8,
      psMinParallelism: 4,
      edpMaxParallelism: 16,
    });
    expect(listed.jobReplicaStatuses).toEqual([
      {
        type: 'Worker',
        active: 1,
        queuing: 0,
        dequeued: 1,
        estimatedPodCount: 1,
        currentSpotInstanceType: null,
        estimatedResourceConfig: { cpu: '10', gpu: '3', memory: '10Gi', sharedMemory: null, gpuType: null },
        estimatedAutoScalingSpec: {
          minReplicas: 1,
          maxReplicas: 4,
          scalingStrategy: null,
          podsToDelete: [],
          autoscalingMetricSpec: null,
        },
      },
    ]);
    // The example's one StatusHistory item is all empty strings.
    expect(listed.statusHistory).toEqual([
      {
        status: 'UNKNOWN',
        providerStatus: '',
        startTime: null,
        endTime: null,
        reasonCode: null,
        reasonMessage: null,
      },
    ]);
  });

  it('flattens the recursive HistoryPods of a PodItem into one history level', () => {
    expect(listed.pods).toHaveLength(1);
    const [pod] = listed.pods;
    expect(pod).toMatchObject({
      podId: 'dlc-20210126170216-mtl37ge7gkvdz-worker-0',
      podUid: 'fe846462-af2c-4521-bd6f-96787a57591d',
      type: 'Worker',
      status: 'Stopped',
      ip: '10.0.1.2',
      nodeName: null,
      gmtCreateTime: ms('2021-01-12T14:36:01Z'),
      gmtStartTime: ms('2021-01-12T14:36:05Z'),
      gmtFinishTime: ms('2021-01-12T15:36:05Z'),
      duration: null,
    });
    expect(pod?.history).toHaveLength(2);
    expect(pod?.history.every((old) => old.history.length === 0 && old.podId === pod.podId)).toBe(true);
  });
});

describe('toPaiJob: a GetJob body', () => {
  it('carries the GetJob-only fields, hidden env values dropped', () => {
    expect(got).toMatchObject({
      origin: 'GetJob',
      description: 'Supervised fine-tuning run',
      customEnvs: [
        { key: 'NCCL_DEBUG', value: 'INFO', visible: true },
        { key: 'HF_TOKEN', value: null, visible: false },
      ],
      roleSystemEnvs: { Worker: { PAI_ROLE: 'Worker', WORLD_SIZE: '2' }, Master: { PAI_ROLE: 'Master' } },
      dataSources: [{ dataSourceId: 'data-1', mountPath: '/mnt/data', uri: 'oss://bucket/data/' }],
    });
    expect(got.customEnvs).toHaveLength(2);
    expect(got.restartRecord).toEqual([
      {
        jobRestartCount: 1,
        occurPhase: 'Running',
        occurTime: ms('2025-03-01T13:00:00Z'),
        reason: 'Node fault',
        restartDurationInSec: 120,
        restartFailReason: null,
        restartLevelType: 'Job',
        restartStatus: 'Succeeded',
        triggerId: 'dlc-20250301120000-abcdef123456-restart-1',
        detailErrorInfoList: [
          {
            addJobLevelBlacklist: false,
            addNodeToBlacklist: true,
            detailErrorMsg: 'GPU XID 79 detected on node lingjun-1',
            errorCode: 'NodeGpuXidError',
            errorMsg: 'GPU has fallen off the bus.',
            errorSource: 'NodeHealthCheck',
            node: 'lingjun-1',
            pod: 'dlc-20250301120000-abcdef123456-worker-0',
            triggerRestart: true,
          },
        ],
      },
    ]);
  });

  it('leaves the JobItem-only fields null', () => {
    for (const key of [
      'username',
      'systemEnvs',
      'resourceName',
      'resourceQuotaName',
      'gmtModifiedTime',
      'requestCpu',
      'nodeNames',
      'templateId',
    ] as const) {
      expect(got[key]).toBeNull();
    }
  });

  it('reads "used/max" RestartTimes and finishes a FailedReserving job at GmtFailedTime', () => {
    expect(got).toMatchObject({
      restartTimes: '1/10',
      restartCount: 1,
      maxRestartTimes: 10,
      status: 'FAILED',
      providerStatus: 'FailedReserving',
      gmtFinishTime: null,
      finishedAt: ms('2025-03-01T13:40:00Z'),
      durationMs: 5_400_000,
    });
    expect(got.statusHistory.map((t) => [t.status, t.providerStatus, t.endTime])).toEqual([
      ['PENDING', 'Creating', ms('2025-03-01T12:00:05Z')],
      ['RUNNING', 'Running', ms('2025-03-01T13:40:00Z')],
      ['FAILED', 'FailedReserving', null],
    ]);
  });

  it('maps GetJob pods with Duration, ResourceType and one history level', () => {
    expect(got.pods).toHaveLength(1);
    expect(got.pods[0]).toMatchObject({
      duration: 2220,
      resourceType: 'Normal',
      podIps: [{ interfaceName: 'eth0', ip: '10.0.0.2' }],
    });
    expect(got.pods[0]?.history).toEqual([
      expect.objectContaining({ podUid: 'uid-1', duration: 3000, nodeName: 'lingjun-1', history: [] }),
    ]);
  });

  it('maps the SDK-only spec parts, IsCheif and comma-separated node lists', () => {
    expect(got.jobSpecs[0]).toMatchObject({
      isChief: true,
      assignNodeSpec: {
        nodeNames: ['lingjun-1', 'lingjun-2'],
        antiAffinityNodeNames: [],
        hyperNodes: [{ hyperNodeName: 'hn-1', nodeNames: ['lingjun-1', 'lingjun-2'] }],
      },
      elasticSpotSpecs: [
        {
          instanceType: 'ecs.gn7i',
          spotStrategy: 'SpotWithPriceLimit',
          spotDiscountLimit: 0.5,
          spotPriceLimit: null,
        },
      ],
      systemDisk: { category: 'cloud_essd', size: 200, performanceLevel: 'PL1' },
      serviceSpec: { serviceMode: 'Headless', defaultPort: 23456, extraPorts: 2 },
      startupDependencies: [{ type: 'Master', onPhase: 'Running', minReplicas: '1' }],
      localMountSpecs: [{ localPath: '/mnt/nvme', mountPath: '/data', mountMode: 'ReadWrite' }],
      hyperNodeSchedulingConfig: { minAvailable: 2, qualityPolicy: 'BestEffort' },
      autoScalingSpec: {
        minReplicas: 1,
        maxReplicas: 4,
        autoscalingMetricSpec: { metricName: 'gpu_util', targetValue: 80, stabilizationWindowSeconds: 60 },
      },
    });
    expect(got.settings).toMatchObject({
      tags: { team: 'llm', cost: '42' },
      advancedSettings: { ReplicaSpecs: { Worker: 2 }, EnableDebug: false },
      dataJuicerConfig: {
        commandType: 'config',
        executionMode: 'distributed',
        enableResourceEstimation: true,
        resourceLimit: { cpu: '8', gpu: '1', memory: '64Gi' },
      },
      modelConfig: { modelName: 'llama3-8b' },
    });
  });
});

describe('secrets never reach the domain', () => {
  const cases: [string, unknown, PaiJob[]][] = [
    ['the doc example', seed, [listed]],
    ['a GetJob body', detail, [got]],
    ['odd records', odd, odd.Jobs.map((job) => toPaiJob(job, 'ListJobs', 'x'))],
  ];

  it.each(cases)(
    '%s: no secret value and no secret field anywhere in the mapped jobs',
    (_label, wire, jobs) => {
      expect(JSON.stringify(wire)).toContain('FIXTURE-SECRET');
      const mapped = JSON.stringify(jobs);
      expect(mapped).not.toContain('FIXTURE-SECRET');
      expect(mapped).not.toMatch(/"(password|auth|securityToken|accessKeyId)"/i);
    },
  );

  it('keeps the non-secret parts of ImageConfig and CredentialConfig', () => {
    expect(got.credentialConfig).toEqual({
      enableCredentialInject: true,
      aliyunEnvRoleKey: '0',
      credentialConfigItems: [
        {
          key: '0',
          type: 'Role',
          roles: [
            {
              roleArn: 'acs:ram::1234567890:role/aliyunpaidlcdefaultrole',
              roleType: 'service',
              assumeRoleFor: null,
              policy: null,
              assumeUserInfo: { type: 'user', id: null },
            },
          ],
        },
      ],
    });
    expect(got.jobSpecs[0]?.imageConfig).toEqual({
      dockerRegistry: 'registry.cn-hangzhou.aliyuncs.com',
      username: 'team',
    });
  });
});

describe('toPaiJob: durationMs is run time', () => {
  it('is null, not 0, for a job that never started running (PAI sends Duration 0 while it queues)', () => {
    const queued = toPaiJob(
      { ...seedJob, Status: 'Queuing', GmtRunningTime: undefined, GmtFinishTime: undefined, Duration: 0 },
      'ListJobs',
      'acct-hz',
    );
    expect(queued).toMatchObject({ startedAt: null, durationMs: null });
  });
});

describe('toPaiJob: odd records', () => {
  it('maps a job with nothing but its id', () => {
    expect(oddJob('dlc-minimal')).toMatchObject({
      jobId: 'dlc-minimal',
      name: null,
      status: 'UNKNOWN',
      providerStatus: '',
      createdAt: null,
      startedAt: null,
      finishedAt: null,
      durationMs: null,
      jobSpecs: [],
      pods: [],
      statusHistory: [],
      settings: null,
      credentialConfig: null,
      envs: {},
      systemEnvs: {},
      nodeNames: [],
      restartCount: null,
    });
  });

  it('keeps an unknown status raw, reads what it can of odd types, drops the rest', () => {
    const job = oddJob('dlc-odd-types');
    expect(job).toMatchObject({
      status: 'UNKNOWN',
      providerStatus: 'Hibernating',
      name: null,
      duration: null,
      // No usable Duration: derived from the running and finish times.
      durationMs: 5_400_000,
      finishedAt: ms('2025-01-01T01:30:00Z'),
      createdAt: null,
      priority: 5,
      requestCpu: 4,
      nodeCount: null,
      restartTimes: 'many',
      restartCount: null,
      envs: {},
      systemEnvs: { A: '1', B: '2' },
      thirdpartyLibs: ['numpy'],
      nodeNames: [],
      statusHistory: [],
      settings: null,
      elasticSpec: null,
      codeSource: null,
      dataSources: [],
      userVpc: { extendedCidrs: [] },
    });
    expect(job.jobSpecs).toEqual([
      expect.objectContaining({
        type: 'Worker',
        imageConfig: null,
        assignNodeSpec: expect.objectContaining({ nodeNames: [] }),
      }),
    ]);
    expect(job.credentialConfig?.credentialConfigItems[0]?.roles).toEqual([
      { roleArn: null, roleType: null, assumeRoleFor: null, policy: null, assumeUserInfo: null },
    ]);
  });

  it('drops pods without a PodId, flattens nested history', () => {
    const job = oddJob('dlc-odd-types');
    expect(job.pods.map((pod) => pod.podId)).toEqual(['dlc-odd-types-worker-0']);
    expect(job.pods[0]?.history.map((old) => old.podUid)).toEqual(['old-1', 'old-2']);
  });

  it('maps empty lists and maps to empty values', () => {
    expect(oddJob('dlc-empty-lists')).toMatchObject({
      status: 'RUNNING',
      jobSpecs: [],
      pods: [],
      statusHistory: [],
      dataSources: [],
      thirdpartyLibs: [],
      nodeNames: [],
      envs: {},
      settings: { tags: {}, advancedSettings: {}, caller: null },
    });
  });

  it('finishes a SucceededReserving job at GmtSuccessedTime and derives its duration', () => {
    expect(oddJob('dlc-succeeded-reserving')).toMatchObject({
      status: 'SUCCEEDED',
      finishedAt: ms('2025-02-01T02:05:00Z'),
      durationMs: 2 * 3_600_000,
    });
  });
});

describe('PAI status table', () => {
  it.each([
    ['Creating', 'PENDING'],
    ['Queuing', 'PENDING'],
    ['Bidding', 'PENDING'],
    ['EnvPreparing', 'PENDING'],
    ['SanityChecking', 'PENDING'],
    ['Running', 'RUNNING'],
    ['Restarting', 'RUNNING'],
    ['Stopping', 'CANCELLING'],
    ['SucceededReserving', 'SUCCEEDED'],
    ['Succeeded', 'SUCCEEDED'],
    ['FailedReserving', 'FAILED'],
    ['Failed', 'FAILED'],
    ['Stopped', 'CANCELLED'],
    ['Paused', 'UNKNOWN'],
    ['running', 'UNKNOWN'],
  ])('%s → %s', (raw, status) => {
    expect(toPaiJob({ JobId: 'j', Status: raw }, 'ListJobs', 'x')).toMatchObject({
      status,
      providerStatus: raw,
    });
  });

  it('covers every documented status', () => {
    expect(Object.keys(PAI_STATUS_TABLE).sort()).toEqual([...PAI_JOB_STATUSES].sort());
  });

  it('lists the PAI statuses behind a normalized one', () => {
    expect(paiStatusesFor('PENDING')).toEqual([
      'Creating',
      'Queuing',
      'Bidding',
      'EnvPreparing',
      'SanityChecking',
    ]);
    expect(paiStatusesFor('CANCELLING')).toEqual(['Stopping']);
    expect(paiStatusesFor('UNKNOWN')).toEqual([]);
  });
});

describe('parseRestartTimes', () => {
  it.each([
    ['3', { count: 3, max: null }],
    ['0/10', { count: 0, max: 10 }],
    [' 2 / 5 ', { count: 2, max: 5 }],
    ['x/10', { count: null, max: null }],
    [null, { count: null, max: null }],
  ] as const)('%p → %p', (raw, parsed) => {
    expect(parseRestartTimes(raw)).toEqual(parsed);
  });
});
