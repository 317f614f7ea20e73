// The configurations a run carries, as the ListJobRuns `applicationConfigs` and `runtimeConfigs`
// filters see them. The documentation gives each filter as a JSON array of {key, value}, with
// one example apiece ("The Spark configurations": spark.app.name; "The runtime configurations":
// mainClass); which of a run's settings count is not spelled out, so the reading here is the one
// those examples point at: a run's Spark configurations are the `--conf key=value` pairs of its
// sparkSubmitParameters and its configurationOverrides items; its runtime configuration is the
// main class (`--class`) of a JAR job. A run matches when it has every pair asked for, as with tags.
import type { SparkJob } from './emr-serverless-spark.model';
import type { TagCondition } from './param-reader.query';

/** The key → value settings of one job, for each kind of configuration. */
interface JobConfigs {
  readonly application: ReadonlyMap<string, string>;
  readonly runtime: ReadonlyMap<string, string>;
}

const cache = new WeakMap<SparkJob, JobConfigs>();

function parse(job: SparkJob): JobConfigs {
  const application = new Map<string, string>();
  const runtime = new Map<string, string>();
  const words = job.sparkSubmitParameters.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length - 1; i++) {
    const [flag, argument] = [words[i], words[i + 1] as string];
    if (flag === '--class') runtime.set('mainClass', argument);
    if (flag === '--conf' && argument.includes('=')) {
      const at = argument.indexOf('=');
      application.set(argument.slice(0, at), argument.slice(at + 1));
    }
  }
  // Overrides are applied over the submit parameters, so they win on a shared key.
  for (const item of job.configurations)
    if (item.configItemKey) application.set(item.configItemKey, item.configItemValue ?? '');
  return { application, runtime };
}

/** The settings of a job (parsed once per job: every run of it shares them). */
function configsOf(job: SparkJob): JobConfigs {
  let configs = cache.get(job);
  if (!configs) {
    configs = parse(job);
    cache.set(job, configs);
  }
  return configs;
}

function hasAll(settings: ReadonlyMap<string, string>, conditions: readonly TagCondition[]): boolean {
  return conditions.every(
    ({ key, value }) => settings.has(key) && (value === undefined || settings.get(key) === value),
  );
}

/** Whether a run of `job` has every Spark configuration asked for (`applicationConfigs`). */
export function hasApplicationConfigs(job: SparkJob, conditions: readonly TagCondition[]): boolean {
  return hasAll(configsOf(job).application, conditions);
}

/** Whether a run of `job` has every runtime configuration asked for (`runtimeConfigs`). */
export function hasRuntimeConfigs(job: SparkJob, conditions: readonly TagCondition[]): boolean {
  return hasAll(configsOf(job).runtime, conditions);
}
