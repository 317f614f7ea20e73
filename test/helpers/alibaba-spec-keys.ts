import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The three Alibaba field-table files in test/fixtures/alibaba-specs (copies of ../shared/specs/alibaba). */
export type AlibabaSpecProduct = 'emr-serverless-spark-2023-08-08' | 'pai-dlc-2020-12-03' | 'sae-2019-05-06';

interface SpecField {
  readonly name: string;
  readonly type: string;
}

interface SpecType {
  readonly sdkClass: string;
  /** The table's heading, e.g. `JobRun (ListJobRuns item)`; its first word is how field types refer to it. */
  readonly heading: string;
  readonly fields: readonly SpecField[];
}

/** Where a rule or a problem points: `SdkClass.field` (the SDK class names every table carries). */
type FieldKey = string;

/**
 * Per-field decisions a conformance test makes where the spec cannot say alone what one response
 * holds. Every entry carries its reason, so the test file reads as the list of exceptions.
 */
export interface SpecKeyRules {
  /**
   * Listed fields an object may leave out (the doc marks them conditional or optional). Each must
   * still appear in at least one checked object, so an emulator that never serves it fails.
   */
  readonly conditional?: Readonly<Record<FieldKey, string>>;
  /**
   * Listed fields the emulator never serves, each with why: the doc says they are not returned
   * (ListJobRuns' `jobDriver`, SAE's `ErrorCode` on success), or only the SDK model names them and
   * no emulated job uses the feature. Serving one is a problem too, so the list stays true.
   */
  readonly absent?: Readonly<Record<FieldKey, string>>;
  /** Keys served although the table does not list them: a known disagreement between the doc sources. */
  readonly unlisted?: Readonly<Record<FieldKey, string>>;
}

const SPEC_DIR = resolve(__dirname, '../fixtures/alibaba-specs');
const SCALARS = new Set(['string', 'number', 'boolean', 'any']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The spec type a field's type names (`JobRun`, `array<PodItem>`); undefined for scalars, maps and unexpanded types. */
function elementTypeName(type: string): string | undefined {
  const inner = /^array<(.+)>$/.exec(type)?.[1] ?? type;
  if (SCALARS.has(inner) || inner.startsWith('map<') || inner.startsWith('array<')) return undefined;
  return inner;
}

/**
 * Checks the key sets of Alibaba responses, nested objects included, against the field tables of
 * one product: a served key the table does not list is a problem, and so is a listed key left out
 * (save the per-field exceptions of SpecKeyRules). Feed it every response with `check`, then read
 * `problems()` once: conditional fields are judged over everything checked.
 */
export class AlibabaSpecKeys {
  private readonly types: readonly SpecType[];
  /** Problem text per field, with how often and where first, so one omission is one line. */
  private readonly found = new Map<string, { count: number; at: string }>();
  private readonly seen = new Set<FieldKey>();
  private readonly checked = new Set<string>();

  constructor(
    product: AlibabaSpecProduct,
    private readonly rules: SpecKeyRules = {},
  ) {
    const json = JSON.parse(readFileSync(resolve(SPEC_DIR, `${product}.json`), 'utf8')) as {
      types: Record<string, { sdkClass: string; fields: SpecField[] }>;
    };
    this.types = Object.entries(json.types).map(([heading, t]) => ({ heading, ...t }));
    for (const key of [
      ...Object.keys(rules.conditional ?? {}),
      ...Object.keys(rules.absent ?? {}),
      ...Object.keys(rules.unlisted ?? {}),
    ]) {
      // A rule naming a class or field the table lacks would silently excuse nothing.
      const [cls, field] = key.split('.') as [string, string];
      const type = this.types.find((t) => t.sdkClass === cls);
      if (!type) throw new Error(`rule ${key}: no table has SDK class ${cls}`);
      const listed = type.fields.some((f) => f.name === field);
      if (listed === (rules.unlisted?.[key] !== undefined))
        throw new Error(`rule ${key}: ${listed ? 'listed, so not unlisted' : 'not listed in the table'}`);
    }
  }

  /** Checks `value` as an instance of the table whose SDK class is `sdkClass`. */
  check(sdkClass: string, value: unknown, path: string = sdkClass): void {
    const type = this.types.find((t) => t.sdkClass === sdkClass);
    if (!type) throw new Error(`no table has SDK class ${sdkClass}`);
    this.checkObject(type, value, path);
  }

  /** Every problem found so far, conditional fields never served included; empty when all conforms. */
  problems(): string[] {
    const never = Object.keys(this.rules.conditional ?? {})
      .filter((key) => this.checked.has(key.split('.')[0] as string) && !this.seen.has(key))
      .map((key) => `${key}: conditional, but no checked response served it`);
    const found = [...this.found].map(([what, { count, at }]) => `${what} (${count}×, first at ${at})`);
    return [...found, ...never];
  }

  private checkObject(type: SpecType, value: unknown, path: string): void {
    if (!isRecord(value)) {
      this.report(`${type.sdkClass}: expected an object, got ${typeof value}`, path);
      return;
    }
    this.checked.add(type.sdkClass);
    const listed = new Map(type.fields.map((f) => [f.name, f]));
    for (const key of Object.keys(value)) {
      const fieldKey = `${type.sdkClass}.${key}`;
      this.seen.add(fieldKey);
      if (this.rules.absent?.[fieldKey] !== undefined)
        this.report(`${fieldKey}: served, but should be absent`, path);
      else if (!listed.has(key) && this.rules.unlisted?.[fieldKey] === undefined)
        this.report(`${fieldKey}: served, but the spec does not list it`, path);
    }
    for (const field of type.fields) {
      const fieldKey = `${type.sdkClass}.${field.name}`;
      const excused =
        this.rules.conditional?.[fieldKey] !== undefined || this.rules.absent?.[fieldKey] !== undefined;
      if (!(field.name in value)) {
        if (!excused) this.report(`${fieldKey}: listed, but missing`, path);
        continue;
      }
      this.checkNested(type, field, value[field.name], `${path}.${field.name}`);
    }
  }

  private report(what: string, at: string): void {
    const entry = this.found.get(what);
    if (entry) entry.count++;
    else this.found.set(what, { count: 1, at });
  }

  private checkNested(parent: SpecType, field: SpecField, value: unknown, path: string): void {
    const name = elementTypeName(field.type);
    // A type the tables do not expand (e.g. PAI's ExtraPodSpec) has no key list to check against.
    const type = name === undefined ? undefined : this.resolve(parent, name);
    if (!type) return;
    // The PAI ListJobs doc example shows UserVpc as a bare id string; only objects have keys to check.
    if (Array.isArray(value))
      value.forEach((item, i) => isRecord(item) && this.checkObject(type, item, `${path}[${i}]`));
    else if (isRecord(value)) this.checkObject(type, value, path);
  }

  /** The table a field type names; where two share the name, the one nested under the parent's SDK class. */
  private resolve(parent: SpecType, name: string): SpecType | undefined {
    const candidates = this.types.filter(
      (t) => t.sdkClass === name || (t.heading.split(' ')[0] === name && !/\brequest\b/.test(t.heading)),
    );
    return candidates.find((t) => t.sdkClass.startsWith(parent.sdkClass)) ?? candidates[0];
  }
}
