import type { Prng } from '../shared/prng';
import { formatInstant } from './instant.wire';
import { pickDistinct } from './random.dataset';
import type { ShellBlueprint, SparkBlueprint } from './job-template-blueprint.dataset';
import { SHELL_BLUEPRINTS } from './shell-blueprint.dataset';
import { SPARK_BLUEPRINTS } from './spark-blueprint.dataset';
import type { MetalakeBlueprint } from './metalake-blueprint.dataset';
import type { AuditDTO, JobTemplateDTO } from './gravitino.wire';

/** A generated template with what job generation needs to know about it. */
export interface GeneratedTemplate {
  readonly dto: JobTemplateDTO;
  /** Registration time in epoch µs; no run of it is queued earlier. */
  readonly createdAt: number;
  readonly runSeconds: readonly [number, number];
}

const HOUR_US = 3_600_000_000;

/** Replaces `{bucket}`, `{env}`, `{catalog}` and leaves Gravitino's `{{placeholders}}` alone. */
function fill(text: string, lake: MetalakeBlueprint): string {
  return text.replace(
    /(?<!\{)\{(bucket|env|catalog)\}(?!\})/g,
    (_match, key: 'bucket' | 'env' | 'catalog') => lake[key],
  );
}

function fillList(items: readonly string[], lake: MetalakeBlueprint): string[] {
  return items.map((item) => fill(item, lake));
}

function fillMap(map: Readonly<Record<string, string>>, lake: MetalakeBlueprint): Record<string, string> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [fill(k, lake), fill(v, lake)]));
}

function buildDto(
  blueprint: ShellBlueprint | SparkBlueprint,
  lake: MetalakeBlueprint,
  audit: AuditDTO,
  withComment: boolean,
): JobTemplateDTO {
  // Field order follows Jackson's output for JobTemplateDTO: type id first, then base, then subclass fields.
  const base = {
    name: blueprint.name,
    ...(withComment ? { comment: blueprint.comment } : {}),
    executable: fill(blueprint.executable, lake),
    arguments: fillList(blueprint.arguments, lake),
    environments: fillMap(blueprint.environments, lake),
    customFields: fillMap(blueprint.customFields, lake),
    audit,
  };
  if (blueprint.jobType === 'shell') {
    return { jobType: 'shell', ...base, scripts: fillList(blueprint.scripts, lake) };
  }
  return {
    jobType: 'spark',
    ...base,
    ...(blueprint.className ? { className: blueprint.className } : {}),
    jars: fillList(blueprint.jars, lake),
    files: fillList(blueprint.files, lake),
    archives: fillList(blueprint.archives, lake),
    configs: fillMap(blueprint.configs, lake),
  };
}

/**
 * The templates of one metalake, in registration order. Each is registered a few hours to two
 * days after the metalake; about a third were edited later (lastModifier/lastModifiedTime set).
 */
export function generateTemplates(
  prng: Prng,
  lake: MetalakeBlueprint,
  metalakeCreatedAt: number,
  referenceUs: number,
): GeneratedTemplate[] {
  const blueprints = [
    ...pickDistinct(prng, SHELL_BLUEPRINTS, lake.shellTemplates),
    ...pickDistinct(prng, SPARK_BLUEPRINTS, lake.sparkTemplates),
  ];
  const registered = blueprints
    .map((blueprint) => ({
      blueprint,
      createdAt: metalakeCreatedAt + prng.int(1, 48) * HOUR_US + prng.int(0, HOUR_US - 1),
    }))
    .sort((a, b) => a.createdAt - b.createdAt);
  return registered.map(({ blueprint, createdAt }) => {
    const creator = prng.weighted(lake.users);
    const edited = prng.chance(0.35);
    const editedAt = createdAt + Math.floor(prng.next() * (referenceUs - createdAt));
    const audit: AuditDTO = {
      creator,
      createTime: formatInstant(createdAt),
      ...(edited
        ? { lastModifier: prng.weighted(lake.users), lastModifiedTime: formatInstant(editedAt) }
        : {}),
    };
    const dto = buildDto(blueprint, lake, audit, !prng.chance(0.12));
    return { dto, createdAt, runSeconds: blueprint.runSeconds };
  });
}
