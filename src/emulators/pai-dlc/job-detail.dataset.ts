/**
 * The bulky, filter-irrelevant parts of a job (code and data sources, VPC, env vars, libraries),
 * drawn on demand from a generator keyed by the job id, so rows stay small and pages stay stable.
 */
import { createPrng } from '../shared/prng';
import type { CodeSource, DataSource, UserVpc } from './job.wire';
import { randomAlnum, type PaiDirectory } from './directory.dataset';
import type { PaiJobRow } from './pai-dlc.model';
import { compactUtc } from './job-parts.dataset';

/** A job's drawn details. DataSources carry Uri; ListJobs drops it. */
export interface JobDetail {
  readonly codeSource?: CodeSource;
  readonly dataSources: readonly DataSource[];
  readonly userVpc?: Required<UserVpc>;
  readonly envs: Readonly<Record<string, string>>;
  /** Env vars the user marked invisible; GetJob lists them masked in CustomEnvs. */
  readonly hiddenEnvKeys: readonly string[];
  readonly thirdpartyLibs: readonly string[];
  readonly thirdpartyLibDir: string;
  readonly workingDir: string;
  readonly userScript: string;
  readonly enabledDebugger: boolean;
  readonly credentialInject: boolean;
  readonly enableOssAppend: boolean;
  readonly initContainer: boolean;
}

const ENV_CHOICES: readonly (readonly [string, string])[] = [
  ['NCCL_DEBUG', 'INFO'],
  ['OMP_NUM_THREADS', '8'],
  ['PYTHONUNBUFFERED', '1'],
  ['TORCH_DISTRIBUTED_DEBUG', 'DETAIL'],
  ['ENABLE_DEBUG_MODE', 'false'],
  ['HF_HOME', '/mnt/data/hf-cache'],
];

const LIBS = [
  'numpy==1.26.4',
  'transformers==4.44.0',
  'datasets==2.20.0',
  'scikit-learn==1.5.1',
  'deepspeed==0.14.4',
];

/** Draws the details of `row`. */
export function drawJobDetail(row: PaiJobRow, directory: PaiDirectory, seed: string): JobDetail {
  const prng = createPrng(`${seed}/pai-dlc/detail/${row.jobId}`);
  const created = compactUtc(row.createTime);
  const workspace = directory.workspaces[row.workspaceIndex]?.workspaceName ?? 'workspace';
  const codeSource = prng.chance(0.6)
    ? {
        CodeSourceId: `code-${created}-${randomAlnum(prng, 12)}`,
        Branch: prng.pick(['master', 'main', 'dev', 'release/v2']),
        Commit: prng.hex(40),
        MountPath: '/root/code/',
      }
    : undefined;
  const dataSources = Array.from(
    {
      length: prng.weighted<number>([
        [0, 3],
        [1, 5],
        [2, 2],
        [3, 1],
      ]),
    },
    (_, i) => ({
      DataSourceId: `data-${created}-${randomAlnum(prng, 12)}`,
      MountPath: i === 0 ? '/mnt/data' : `/mnt/data${i + 1}`,
      Uri: prng.chance(0.8)
        ? `oss://pai-datasets-cn-hangzhou.oss-cn-hangzhou-internal.aliyuncs.com/${workspace}/dataset-${prng.int(1, 40)}/`
        : `nas://${randomAlnum(prng, 10)}.cn-hangzhou.nas.aliyuncs.com/${workspace}/`,
    }),
  );
  const userVpc = prng.chance(0.5)
    ? {
        VpcId: `vpc-bp1${randomAlnum(prng, 18)}`,
        SwitchId: `vsw-bp1${randomAlnum(prng, 18)}`,
        SecurityGroupId: `sg-bp1${randomAlnum(prng, 16)}`,
        ExtendedCidrs: prng.chance(0.2) ? ['192.168.0.0/16'] : [],
        DefaultRoute: prng.pick(['eth0', 'eth1']),
      }
    : undefined;
  const envs: Record<string, string> = {};
  for (const [key, value] of ENV_CHOICES) if (prng.chance(0.35)) envs[key] = value;
  const hiddenEnvKeys = prng.chance(0.15) ? ['WANDB_API_KEY'] : [];
  const thirdpartyLibs = prng.chance(0.4) ? LIBS.filter(() => prng.chance(0.5)) : [];
  return {
    ...(codeSource ? { codeSource } : {}),
    dataSources,
    ...(userVpc ? { userVpc } : {}),
    envs,
    hiddenEnvKeys,
    thirdpartyLibs,
    thirdpartyLibDir: thirdpartyLibs.length > 0 || prng.chance(0.2) ? '/root/code/' : '',
    workingDir: codeSource ? '/root/code' : '/root',
    userScript: prng.chance(0.2)
      ? `#!/bin/bash\ncd ${codeSource ? '/root/code' : '/root'} && ${row.userCommand}`
      : '',
    enabledDebugger: prng.chance(0.05),
    credentialInject: prng.chance(0.3),
    enableOssAppend: prng.chance(0.2),
    initContainer: prng.chance(0.1),
  };
}
