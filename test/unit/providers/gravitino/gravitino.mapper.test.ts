import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  GravitinoShellJobTemplate,
  GravitinoSparkJobTemplate,
} from '../../../../src/domain/gravitino-job-template';
import type {
  JobListResponse,
  JobTemplateListResponse,
  MetalakeListResponse,
} from '../../../../src/providers/gravitino/gravitino.dto';
import { normalizeGravitinoStatus } from '../../../../src/domain/gravitino-job-status';
import {
  toGravitinoJob,
  toGravitinoJobList,
  toGravitinoJobTemplate,
  toGravitinoMetalake,
} from '../../../../src/providers/gravitino/gravitino.mapper';

const SCOPE = { instanceId: 'gv-1', metalake: 'prod_lake' };

function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(__dirname, '../../../fixtures/gravitino', name), 'utf8')) as T;
}

describe('normalizeGravitinoStatus', () => {
  it.each([
    ['queued', 'PENDING'],
    ['started', 'RUNNING'],
    ['succeeded', 'SUCCEEDED'],
    ['failed', 'FAILED'],
    ['cancelling', 'CANCELLING'],
    ['cancelled', 'CANCELLED'],
    ['canceled', 'CANCELLED'],
    ['CANCELED', 'CANCELLED'],
    ['Started', 'RUNNING'],
    [' failed ', 'FAILED'],
    ['paused', 'UNKNOWN'],
    ['', 'UNKNOWN'],
    ['constructor', 'UNKNOWN'],
    [undefined, 'UNKNOWN'],
    [null, 'UNKNOWN'],
  ] as const)('%p → %s', (raw, status) => {
    expect(normalizeGravitinoStatus(raw)).toBe(status);
  });
});

describe('toGravitinoJobList (main server)', () => {
  const list = toGravitinoJobList(fixture<JobListResponse>('job-list.main.json'), SCOPE);

  it('maps every documented Job field, times truncated from µs to epoch ms', () => {
    expect(list.jobs[0]).toEqual({
      provider: 'GRAVITINO',
      instanceId: 'gv-1',
      metalake: 'prod_lake',
      jobId: 'job-10482',
      jobTemplateName: 'iceberg_expire_snapshots',
      name: 'iceberg_expire_snapshots',
      status: 'SUCCEEDED',
      providerStatus: 'succeeded',
      queuedAt: Date.UTC(2026, 7, 19, 8, 0, 0, 123),
      createdAt: Date.UTC(2026, 7, 19, 8, 0, 0, 123),
      startedAt: Date.UTC(2026, 7, 19, 8, 0, 4, 250),
      finishedAt: Date.UTC(2026, 7, 19, 8, 5, 30, 500),
      durationMs: 326_250,
      audit: {
        creator: 'alice',
        createTime: Date.UTC(2026, 7, 19, 8, 0, 0, 123),
        lastModifier: 'gravitino',
        lastModifiedTime: Date.UTC(2026, 7, 19, 8, 5, 30, 500),
      },
    });
  });

  it('keeps null for times a job does not have yet, and the audit fields the server omitted', () => {
    const running = list.jobs[1];
    expect(running).toMatchObject({ status: 'RUNNING', finishedAt: null, durationMs: null });
    expect(running?.audit).toEqual({
      creator: 'bob',
      createTime: Date.UTC(2026, 7, 19, 9),
      lastModifier: null,
      lastModifiedTime: null,
    });
    expect(list.jobs[2]).toMatchObject({ status: 'PENDING', startedAt: null, finishedAt: null });
  });

  it('maps `cancelled` and keeps an unknown future status as UNKNOWN with the raw value', () => {
    expect(list.jobs[3]).toMatchObject({ status: 'CANCELLED', providerStatus: 'cancelled' });
    expect(list.jobs[4]).toMatchObject({ status: 'UNKNOWN', providerStatus: 'paused' });
  });

  it('passes the server statusCounts through in wire order, unknown keys included', () => {
    expect(list.statusCountsSource).toBe('UPSTREAM');
    expect(list.statusCounts).toEqual([
      { status: 'PENDING', providerStatus: 'queued', count: 1 },
      { status: 'RUNNING', providerStatus: 'started', count: 1 },
      { status: 'FAILED', providerStatus: 'failed', count: 0 },
      { status: 'SUCCEEDED', providerStatus: 'succeeded', count: 1 },
      { status: 'CANCELLING', providerStatus: 'cancelling', count: 0 },
      { status: 'CANCELLED', providerStatus: 'cancelled', count: 1 },
      { status: 'UNKNOWN', providerStatus: 'paused', count: 1 },
    ]);
  });
});

describe('toGravitinoJobList (v1.3.0 server: no queuedAt, no statusCounts)', () => {
  const list = toGravitinoJobList(fixture<JobListResponse>('job-list.v1.3.0.json'), SCOPE);

  it('falls back to audit.createTime for createdAt and leaves queuedAt null', () => {
    expect(list.jobs[0]).toMatchObject({
      queuedAt: null,
      createdAt: Date.UTC(2025, 7, 12, 2, 14, 28, 205),
      startedAt: null,
      finishedAt: null,
      durationMs: null,
    });
  });

  it('accepts the docs spelling `canceled` and any case', () => {
    expect(list.jobs.map((job) => job.status)).toEqual(['SUCCEEDED', 'FAILED', 'CANCELLED', 'CANCELLING']);
    expect(list.jobs[3]?.providerStatus).toBe('CANCELLING');
  });

  it("counts statuses from the jobs under main's keys, every known status present", () => {
    expect(list.statusCountsSource).toBe('COUNTED');
    expect(list.statusCounts).toEqual([
      { status: 'PENDING', providerStatus: 'queued', count: 0 },
      { status: 'RUNNING', providerStatus: 'started', count: 0 },
      { status: 'FAILED', providerStatus: 'failed', count: 1 },
      { status: 'SUCCEEDED', providerStatus: 'succeeded', count: 1 },
      { status: 'CANCELLING', providerStatus: 'cancelling', count: 1 },
      { status: 'CANCELLED', providerStatus: 'cancelled', count: 1 },
    ]);
  });
});

describe('toGravitinoJobList (odd records)', () => {
  it('maps an empty list with zero counts', () => {
    const list = toGravitinoJobList(fixture<JobListResponse>('job-list.empty.json'), SCOPE);
    expect(list.jobs).toEqual([]);
    expect(list.statusCounts.every((count) => count.count === 0)).toBe(true);
    expect(list.statusCounts).toHaveLength(6);
  });

  it('never throws: bad times become null, wrong types are dropped, a missing status is UNKNOWN', () => {
    const list = toGravitinoJobList(fixture<JobListResponse>('job-list.odd.json'), SCOPE);
    const [first, second] = list.jobs;
    expect(first).toMatchObject({
      name: 'job-1',
      status: 'SUCCEEDED',
      providerStatus: 'Succeeded',
      queuedAt: null,
      createdAt: null,
      startedAt: Date.UTC(2026, 7, 19, 2),
      finishedAt: Date.UTC(2026, 7, 19, 1),
      durationMs: null,
      audit: { creator: null, createTime: null, lastModifier: null, lastModifiedTime: null },
    });
    expect(second).toMatchObject({ status: 'UNKNOWN', providerStatus: '', createdAt: Date.UTC(2026, 7, 19) });
    expect(second?.audit).toEqual({
      creator: null,
      createTime: null,
      lastModifier: null,
      lastModifiedTime: null,
    });
    expect(list.statusCounts).toEqual([
      { status: 'SUCCEEDED', providerStatus: 'succeeded', count: 1 },
      { status: 'CANCELLED', providerStatus: 'cancelled', count: 0 },
    ]);
  });

  it('uses the jobId as name when there is no template name, and null when there is neither', () => {
    const job = toGravitinoJob({ jobId: '', jobTemplateName: '', status: 'queued', audit: {} }, SCOPE);
    expect(job.name).toBeNull();
  });
});

describe('toGravitinoJobTemplate', () => {
  const templates = fixture<JobTemplateListResponse>('job-templates.json').jobTemplates.map((dto) =>
    toGravitinoJobTemplate(dto, SCOPE),
  );

  it('maps a shell template with every field', () => {
    expect(templates[0]).toEqual<GravitinoShellJobTemplate>({
      instanceId: 'gv-1',
      metalake: 'prod_lake',
      name: 'iceberg_expire_snapshots',
      jobType: 'SHELL',
      providerJobType: 'shell',
      comment: 'Expire Iceberg snapshots older than the retention window',
      executable: 'file:///opt/gravitino/jobs/bin/expire-snapshots.sh',
      arguments: ['--table', '{{table}}', '--older-than', '{{retention_days}}d'],
      environments: { JAVA_HOME: '/usr/lib/jvm/java-17-openjdk-amd64' },
      customFields: { team: 'data-platform' },
      scripts: ['file:///opt/gravitino/jobs/lib/common.sh'],
      audit: {
        creator: 'alice',
        createTime: Date.UTC(2026, 6, 21, 3, 4, 5, 678),
        lastModifier: 'bob',
        lastModifiedTime: Date.UTC(2026, 7, 1),
      },
    });
  });

  it('maps a spark template with every field', () => {
    expect(templates[1]).toEqual<GravitinoSparkJobTemplate>({
      instanceId: 'gv-1',
      metalake: 'prod_lake',
      name: 'spark_compact_table',
      jobType: 'SPARK',
      providerJobType: 'spark',
      comment: 'Rewrite small files',
      executable: 's3://jobs/spark/compaction.jar',
      arguments: ['{{catalog}}.{{table}}'],
      environments: {},
      customFields: {},
      className: 'org.example.Compact',
      jars: ['s3://jobs/lib/iceberg-spark-runtime.jar'],
      files: ['s3://jobs/conf/log4j2.properties'],
      archives: ['s3://jobs/env/venv.tar.gz#env'],
      configs: { 'spark.executor.memory': '8g', 'spark.sql.shuffle.partitions': '{{partitions}}' },
      audit: {
        creator: 'bob',
        createTime: Date.UTC(2026, 6, 22),
        lastModifier: null,
        lastModifiedTime: null,
      },
    });
  });

  it('gives empty lists and maps for fields the server omitted (PySpark: no className)', () => {
    expect(templates[2]).toMatchObject({
      jobType: 'SPARK',
      comment: null,
      className: null,
      arguments: [],
      environments: {},
      customFields: {},
      jars: [],
      files: [],
      archives: [],
      configs: {},
    });
    expect(templates[3]).toMatchObject({
      jobType: 'SHELL',
      scripts: [],
      audit: { creator: null, createTime: null, lastModifier: null, lastModifiedTime: null },
    });
  });

  it('keeps a template of an unknown jobType with its common fields, dropping non-string values', () => {
    expect(templates[4]).toEqual({
      instanceId: 'gv-1',
      metalake: 'prod_lake',
      name: 'future_python',
      jobType: 'UNKNOWN',
      providerJobType: 'python',
      comment: null,
      executable: 'main.py',
      arguments: ['a'],
      environments: { A: '1' },
      customFields: {},
      audit: { creator: null, createTime: null, lastModifier: null, lastModifiedTime: null },
    });
  });
});

describe('toGravitinoMetalake', () => {
  it('maps every field, and defaults for a bare record', () => {
    const [prod, bare] = fixture<MetalakeListResponse>('metalakes.json').metalakes.map((dto) =>
      toGravitinoMetalake(dto, 'gv-1'),
    );
    expect(prod).toEqual({
      instanceId: 'gv-1',
      name: 'prod_lake',
      comment: 'Production lakehouse',
      properties: { 'in-use': 'true', 'owner-team': 'data-platform' },
      audit: {
        creator: 'admin',
        createTime: Date.UTC(2026, 6, 20),
        lastModifier: null,
        lastModifiedTime: null,
      },
    });
    expect(bare).toEqual({
      instanceId: 'gv-1',
      name: 'bare_lake',
      comment: null,
      properties: {},
      audit: { creator: null, createTime: null, lastModifier: null, lastModifiedTime: null },
    });
  });
});

describe('template secrets', () => {
  it('redacts secret-looking keys in environments, customFields and configs', () => {
    const template = toGravitinoJobTemplate(
      {
        name: 'etl',
        jobType: 'spark',
        executable: 'app.jar',
        environments: { AWS_SECRET_ACCESS_KEY: 'aws-secret', JAVA_HOME: '/opt/java' },
        customFields: { apiToken: 'tok' },
        configs: { 'spark.hadoop.fs.s3a.secret.key': 's3-secret', 'spark.executor.memory': '4g' },
      },
      SCOPE,
    );
    const text = JSON.stringify(template);
    for (const secret of ['aws-secret', 'tok', 's3-secret']) expect(text).not.toContain(secret);
    expect(text).toContain('/opt/java');
    expect(text).toContain('4g');
  });
});
