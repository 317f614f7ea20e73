import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

/**
 * Validates Gravitino responses against Gravitino's own OpenAPI 3.0 files (jobs.yaml plus the
 * openapi.yaml and metalakes.yaml it `$ref`s). The files are read as data: cross-file `$ref`s are
 * inlined, OpenAPI-only keywords are turned into JSON Schema (`nullable` → a `null` type;
 * `discriminator`, `example(s)` dropped; int32/int64 formats checked as integers), and every
 * object schema that lists its `properties` is closed (no undeclared fields), so a misspelt or
 * invented field fails, and `oneOf` between property-disjoint shapes (names vs jobTemplates,
 * shell vs spark) picks exactly one.
 */
export interface GravitinoOpenApiValidator {
  /** Problems of `body` as the answer to `method path` with `status`; empty when valid. */
  validate(method: string, path: string, status: number, body: unknown): string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The spec versions there are copies of: main's HEAD and the latest release tag. */
export type GravitinoSpecVersion = 'main' | 'v1.3.0';

/** Where one version's spec files are looked for: a vendored copy first, then the shared specs next to the repo. */
function specDirs(version: GravitinoSpecVersion): string[] {
  return [
    resolve(__dirname, '../fixtures/gravitino-openapi', version),
    resolve(__dirname, '../../../shared/specs/gravitino', version),
  ];
}

const DROPPED_KEYWORDS = new Set(['discriminator', 'example', 'examples', 'xml', 'externalDocs', 'nullable']);

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class SpecFiles {
  private readonly docs = new Map<string, JsonObject>();
  constructor(private readonly dir: string) {}

  doc(file: string): JsonObject {
    let doc = this.docs.get(file);
    if (!doc) {
      doc = parseYaml(readFileSync(join(this.dir, file), 'utf8')) as JsonObject;
      this.docs.set(file, doc);
    }
    return doc;
  }

  /** Resolves `./file.yaml#/a/b` or `#/a/b` relative to `file`; returns the node and its file. */
  resolveRef(ref: string, file: string): { node: Json; file: string } {
    const [target, pointer = ''] = ref.split('#');
    const targetFile = target ? target.replace(/^\.\//, '') : file;
    let node: Json = this.doc(targetFile);
    for (const raw of pointer.split('/').slice(1)) {
      const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      if (!isObject(node) || !(key in node)) throw new Error(`unresolvable $ref ${ref} from ${file}`);
      node = node[key] as Json;
    }
    return { node, file: targetFile };
  }

  /** Follows `$ref` chains until a node that is not a bare reference. */
  deref(node: Json, file: string): { node: Json; file: string } {
    let current = { node, file };
    while (isObject(current.node) && typeof current.node.$ref === 'string') {
      current = this.resolveRef(current.node.$ref, current.file);
    }
    return current;
  }

  /** An OpenAPI schema turned into a self-contained, closed JSON Schema. */
  toJsonSchema(node: Json, file: string): Json {
    const { node: schema, file: at } = this.deref(node, file);
    if (Array.isArray(schema)) return schema.map((item) => this.toJsonSchema(item, at));
    if (!isObject(schema)) return schema;
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(schema)) {
      if (DROPPED_KEYWORDS.has(key)) continue;
      if (key === 'properties' && isObject(value)) {
        out.properties = Object.fromEntries(
          Object.entries(value).map(([name, sub]) => [name, this.toJsonSchema(sub, at)]),
        );
      } else if (
        ['items', 'additionalProperties', 'not'].includes(key) &&
        (isObject(value) || Array.isArray(value))
      ) {
        out[key] = this.toJsonSchema(value, at);
      } else if (['oneOf', 'anyOf', 'allOf'].includes(key) && Array.isArray(value)) {
        out[key] = value.map((sub) => this.toJsonSchema(sub, at));
      } else {
        out[key] = value;
      }
    }
    if (schema.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
    if (out.properties !== undefined && out.additionalProperties === undefined)
      out.additionalProperties = false;
    return out;
  }
}

function findSpecDir(version: GravitinoSpecVersion): string {
  const dirs = specDirs(version);
  const dir = dirs.find((candidate) => existsSync(join(candidate, 'jobs.yaml')));
  if (!dir) throw new Error(`Gravitino OpenAPI files not found; looked in ${dirs.join(', ')}`);
  return dir;
}

/** The concrete-path matcher of an OpenAPI path template under the `/api` base path. */
function templateRegex(template: string): RegExp {
  const segments = template
    .split('/')
    .map((segment) => (segment.startsWith('{') ? '[^/]+' : segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&')));
  return new RegExp(`^/api${segments.join('/')}$`);
}

/** Loads one version's spec once and returns a validator; throws when the spec files cannot be found. */
export function loadGravitinoOpenApiValidator(
  version: GravitinoSpecVersion = 'main',
  paths: readonly string[] = [
    '/metalakes',
    '/metalakes/{name}',
    '/metalakes/{metalake}/jobs/templates',
    '/metalakes/{metalake}/jobs/templates/{jobTemplate}',
    '/metalakes/{metalake}/jobs/runs',
    '/metalakes/{metalake}/jobs/runs/{jobId}',
  ],
): GravitinoOpenApiValidator {
  const spec = new SpecFiles(findSpecDir(version));
  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('int32', {
    type: 'number',
    validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31,
  });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  const rootPaths = spec.doc('openapi.yaml').paths as JsonObject;
  const routes = paths.map((template) => {
    const item = spec.deref(rootPaths[template] as Json, 'openapi.yaml');
    if (!isObject(item.node)) throw new Error(`no path item for ${template}`);
    return { regex: templateRegex(template), item: item.node, file: item.file };
  });
  const errorModel = ajv.compile(
    spec.toJsonSchema({ $ref: '#/components/schemas/ErrorModel' }, 'openapi.yaml') as object,
  );
  const cache = new Map<string, ValidateFunction>();

  const schemaFor = (method: string, path: string, status: number): ValidateFunction => {
    const route = routes.find((candidate) => candidate.regex.test(path));
    if (!route) throw new Error(`no OpenAPI path matches ${path}`);
    const operation = route.item[method.toLowerCase()];
    if (!isObject(operation) || !isObject(operation.responses))
      throw new Error(`no ${method} operation for ${path}`);
    const responses = operation.responses;
    const declared = responses[String(status)] ?? responses[`${String(status)[0]}xx`] ?? responses.default;
    const key = `${method} ${route.regex.source} ${status}`;
    let validate = cache.get(key);
    if (validate) return validate;
    if (declared === undefined) {
      // Statuses the spec does not list for this operation (401, 405, 406, 429, a 404 on a
      // list) are still Gravitino error envelopes: check them against ErrorModel.
      if (status < 400) throw new Error(`status ${status} is not declared for ${method} ${path}`);
      validate = errorModel;
    } else {
      const response = spec.deref(declared, route.file);
      const content = isObject(response.node) ? response.node.content : undefined;
      const media = isObject(content) ? Object.values(content)[0] : undefined;
      if (!isObject(media) || media.schema === undefined)
        throw new Error(`no schema for ${method} ${path} ${status}`);
      validate = ajv.compile(spec.toJsonSchema(media.schema, response.file) as object);
    }
    cache.set(key, validate);
    return validate;
  };

  return {
    validate(method, path, status, body) {
      const validate = schemaFor(method, path, status);
      if (validate(body)) return [];
      return (validate.errors ?? []).map(
        (error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`,
      );
    },
  };
}
