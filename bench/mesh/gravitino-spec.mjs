// Gravitino's own OpenAPI (../shared/specs/gravitino/<release>) as Mesh can read it: the jobs
// paths only, each YAML file converted to JSON. The YAML is parsed with `yaml` because Mesh's
// js-yaml refuses the files' flow mappings; `examples` are dropped because they point at files of
// the API that are not in ../shared (catalogs, tables, ...), and they shape no GraphQL type.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';

const FILES = ['openapi', 'jobs', 'metalakes'];

/** The job paths Mesh serves: list jobs and get one job, as jobgraph's Gravitino scenarios read them. */
const JOB_PATHS = ['/metalakes/{metalake}/jobs/runs', '/metalakes/{metalake}/jobs/runs/{jobId}'];

/** A path item copied out of jobs.json: its local refs now point into jobs.json. */
function movedOutOfJobs(value) {
  if (Array.isArray(value)) return value.map(movedOutOfJobs);
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] =
      key === '$ref' && typeof inner === 'string' && inner.startsWith('#')
        ? `./jobs.json${inner}`
        : movedOutOfJobs(inner);
  }
  return out;
}

function converted(value) {
  if (Array.isArray(value)) return value.map(converted);
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'examples' || key === 'example') continue;
    out[key] =
      key === '$ref' && typeof inner === 'string' ? inner.replace(/\.yaml#/, '.json#') : converted(inner);
  }
  return out;
}

/** Writes the JSON files into `dir` and returns the path of the spec to give @omnigraph/openapi. */
export async function writeGravitinoSpec(specDir, dir) {
  await mkdir(dir, { recursive: true });
  const documents = {};
  for (const name of FILES) {
    const document = converted(parse(await readFile(join(specDir, `${name}.yaml`), 'utf8')));
    if (name === 'openapi') delete document.paths;
    documents[name] = document;
    await writeFile(join(dir, `${name}.json`), JSON.stringify(document));
  }
  const spec = {
    openapi: '3.0.3',
    info: { title: 'Gravitino jobs', version: 'bench' },
    paths: Object.fromEntries(JOB_PATHS.map((path) => [path, movedOutOfJobs(documents.jobs.paths[path])])),
  };
  const specPath = join(dir, 'gravitino-jobs.json');
  await writeFile(specPath, JSON.stringify(spec, null, 2));
  return specPath;
}
