import { listedJobId, type ListedJob } from '../../../src/jobs/listed-job';
import { toJobNode } from '../../../src/schema/job/job-node';

// Only the fields the id and the node mappings read: the ids are what is under test.
const audit = { creator: null, createTime: null, lastModifier: null, lastModifiedTime: null };
const JOBS = {
  EMR_SERVERLESS_SPARK: {
    provider: 'EMR_SERVERLESS_SPARK',
    instanceId: 'emr-a',
    workspaceId: 'w-1',
    jobRunId: 'jr-1',
  },
  PAI_DLC: {
    provider: 'PAI_DLC',
    instanceId: 'pai-a',
    jobId: 'dlc-1',
    statusHistory: [],
    dataSources: [],
    pods: [],
  },
  SAE: { provider: 'SAE', instanceId: 'sae-a', appId: 'app-1', jobId: 'exec-1' },
  GRAVITINO: { provider: 'GRAVITINO', instanceId: 'grav-a', metalake: 'lake', jobId: 'job-1', audit },
} as unknown as Record<ListedJob['provider'], ListedJob>;

describe('listedJobId', () => {
  it.each(Object.entries(JOBS))(
    'is the global id the schema serves a %s job under (the merge order and cursors rely on it)',
    (_provider, job) => {
      expect(listedJobId(job)).toBe((toJobNode(job) as { id: string }).id);
    },
  );
});
