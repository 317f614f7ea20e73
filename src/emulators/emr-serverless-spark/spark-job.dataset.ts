// Job definitions of a workspace. Runs repeat their job's name, code, queue, creator and tags, as
// scheduled jobs do, which is what makes the name/creator/queue/tags filters meaningful.
import type { Prng } from '../shared/prng';
import {
  BATCH_JOB_NAMES,
  CONFIGURATIONS,
  JOB_SUFFIXES,
  QUEUES,
  RELEASE_VERSIONS,
  RUN_TAGS,
  STREAMING_JOB_NAMES,
} from './vocabulary.dataset';
import type { SparkJob } from './emr-serverless-spark.model';
import type { Configuration, Tag } from './job-run.wire';

function toCamel(name: string): string {
  return name
    .replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))
    .replace(/^./, (c) => c.toUpperCase());
}

function jobTags(prng: Prng, workflowId: string | null): Tag[] {
  const tags = new Map<string, string>();
  const count = prng.int(0, 3);
  for (let i = 0; i < count; i++) {
    const [key, value] = prng.pick(RUN_TAGS);
    if (!tags.has(key)) tags.set(key, value);
  }
  const list = [...tags].map(([key, value]) => ({ key, value }));
  // The doc's own example tags a workflow run with workflowId.
  return workflowId ? [{ key: 'workflowId', value: workflowId }, ...list] : list;
}

function configurations(prng: Prng): Configuration[] {
  const picked = new Map<string, Configuration>();
  const count = prng.int(0, 3);
  for (let i = 0; i < count; i++) {
    const [configFileName, configItemKey, configItemValue] = prng.pick(CONFIGURATIONS);
    picked.set(configItemKey, { configFileName, configItemKey, configItemValue });
  }
  return [...picked.values()];
}

function entryPoint(codeType: SparkJob['codeType'], bucket: string, name: string): string {
  const file = name.replace(/[^A-Za-z0-9_-]/g, '') || 'job';
  if (codeType === 'SQL') return `oss://${bucket}/sql/${file}.sql`;
  if (codeType === 'JAR') return `oss://${bucket}/jars/${file}-1.${name.length % 7}.0.jar`;
  return `oss://${bucket}/pyspark/${file}.py`;
}

/** Generates the job definitions of one workspace (none for a workspace that never ran anything). */
export function generateJobs(
  prng: Prng,
  workspace: { readonly workspaceId: string; readonly regionId: string; readonly bucket: string },
  runCount: number,
  accountUsers: readonly string[],
): SparkJob[] {
  if (runCount === 0) return [];
  const queues = ['root_queue', ...QUEUES.filter(() => prng.chance(0.5))];
  const users = accountUsers.filter(() => prng.chance(0.4));
  if (users.length === 0) users.push(prng.pick(accountUsers));
  const count = Math.min(120, Math.max(3, Math.round(runCount / 25)));
  const usedNames = new Set<string>();
  const jobs: SparkJob[] = [];
  for (let i = 0; i < count; i++) {
    const streaming = prng.chance(0.08);
    let name = streaming
      ? prng.pick(STREAMING_JOB_NAMES)
      : prng.pick(BATCH_JOB_NAMES) + prng.pick(JOB_SUFFIXES);
    for (let n = 2; usedNames.has(name); n++) name = `${name.replace(/_\d+$/, '')}_${n}`;
    usedNames.add(name);
    const codeType = streaming
      ? prng.pick(['JAR', 'SQL'] as const)
      : prng.weighted<SparkJob['codeType']>([
          ['SQL', 45],
          ['JAR', 30],
          ['PYTHON', 25],
        ]);
    const workflowId = !streaming && prng.chance(0.35) ? `wf-${prng.hex(16)}` : null;
    const executors = prng.int(1, 16);
    const executorCores = prng.pick([1, 2, 4]);
    const executorMemGb = executorCores * 4;
    const queue = streaming && queues.includes('streaming_queue') ? 'streaming_queue' : prng.pick(queues);
    const main = codeType === 'JAR' ? `--class com.example.etl.${toCamel(name)} ` : '';
    jobs.push({
      name,
      codeType,
      creator: prng.pick(users),
      resourceQueueId: queue,
      release: prng.int(0, RELEASE_VERSIONS.length - 1),
      tags: jobTags(prng, workflowId),
      workflowId,
      deploymentId: streaming ? `jd-${prng.hex(16)}` : null,
      executionTimeoutSeconds: streaming ? 0 : prng.pick([0, 3600, 7200, 14400, 86400]),
      priority: String(
        prng.weighted<number>([
          [1, 1],
          [3, 2],
          [5, 6],
          [8, 2],
          [10, 1],
        ]),
      ),
      vcores: 1 + executors * executorCores,
      memoryMb: (4 + executors * executorMemGb) * 1024,
      entryPoint: entryPoint(codeType, workspace.bucket, name),
      entryPointArguments:
        codeType === 'SQL' ? [] : ['--bizdate', '${bizdate}', '--region', workspace.regionId],
      sparkSubmitParameters:
        `${main}--conf spark.driver.cores=1 --conf spark.driver.memory=4g ` +
        `--conf spark.executor.cores=${executorCores} --conf spark.executor.memory=${executorMemGb}g ` +
        `--conf spark.executor.instances=${executors}`,
      configurations: configurations(prng),
      environmentId: codeType === 'PYTHON' && prng.chance(0.6) ? `ev-${prng.hex(16)}` : '',
      notebookAccessUrl:
        codeType === 'PYTHON' && prng.chance(0.3)
          ? `https://emr-serverless-spark.console.aliyun.com/${workspace.regionId}/workspaces/${workspace.workspaceId}/notebooks/nb-${prng.hex(12)}`
          : '',
    });
  }
  return jobs;
}
