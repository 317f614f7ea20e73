// The README's status table is the mapping: it must equal the domain tables row for row (same
// statuses, same order, same JobStatus), and every row must be what the provider's mapper makes of
// that status on the wire. README and code cannot drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GRAVITINO_JOB_STATUSES, GRAVITINO_STATUS_TABLE } from '../../../src/domain/gravitino-job-status';
import { JOB_RUN_STATES, EMR_STATUS_TABLE } from '../../../src/domain/job-run-status';
import { JOB_STATUSES, type JobStatus } from '../../../src/domain/job-status';
import { PAI_JOB_STATUSES, PAI_STATUS_TABLE } from '../../../src/domain/pai-job-status';
import {
  SAE_JOB_STATES,
  SAE_LAST_JOB_STATUS_TABLE,
  SAE_STATUS_TABLE,
} from '../../../src/domain/sae-job-status';
import type { JobRun as JobRunDto } from '../../../src/providers/emr-serverless-spark/emr-serverless-spark.dto';
import { mapListJobRun } from '../../../src/providers/emr-serverless-spark/emr-serverless-spark.mapper';
import type { JobDTO } from '../../../src/providers/gravitino/gravitino.dto';
import { toGravitinoJob } from '../../../src/providers/gravitino/gravitino.mapper';
import type { JobItem } from '../../../src/providers/pai-dlc/pai-dlc.dto';
import { toPaiJob } from '../../../src/providers/pai-dlc/pai-dlc.mapper';
import type {
  DescribeJobHistoryResponseBodyDataJobs,
  ListJobsResponseBodyDataApplications,
} from '../../../src/providers/sae/sae.dto';
import { toSaeJobExecution, toSaeJobTemplate } from '../../../src/providers/sae/sae.mapper';

const README = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
const HEADING = '### Job statuses and durations';

type Mapping = Readonly<Record<string, JobStatus | null>>;

interface Row {
  readonly provider: string;
  readonly raw: string;
  readonly status: JobStatus | null;
}

/** The rows of the first table under HEADING, cells unquoted. */
function readmeRows(): Row[] {
  const start = README.indexOf(`\n${HEADING}\n`);
  if (start < 0) throw new Error(`README has no "${HEADING}" section`);
  const lines = README.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('| provider |'));
  const rows: Row[] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    const [provider = '', raw = '', status = ''] = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    rows.push({
      provider,
      raw: raw.replace(/^`|`$/g, ''),
      status: status === 'null' ? null : (status as JobStatus),
    });
  }
  return rows;
}

/** Each README provider label, its documented statuses and its table, and what its mapper makes of a raw status. */
const PROVIDERS: readonly {
  readonly label: string;
  readonly documented: readonly string[];
  readonly table: Mapping;
  readonly mapped: (raw: string) => JobStatus | null;
}[] = [
  {
    label: 'EMR Serverless Spark',
    documented: JOB_RUN_STATES,
    table: EMR_STATUS_TABLE,
    mapped: (raw) =>
      mapListJobRun({ jobRunId: 'jr-1', state: raw } as JobRunDto, { instanceId: 'i', workspaceId: 'w-1' })
        .status,
  },
  {
    label: 'PAI-DLC',
    documented: PAI_JOB_STATUSES,
    table: PAI_STATUS_TABLE,
    mapped: (raw) => toPaiJob({ JobId: 'dlc-1', Status: raw } as JobItem, 'ListJobs', 'i').status,
  },
  {
    label: 'SAE execution `State`',
    documented: SAE_JOB_STATES,
    table: SAE_STATUS_TABLE,
    mapped: (raw) =>
      toSaeJobExecution(
        { JobId: 'manual-1', State: raw } as DescribeJobHistoryResponseBodyDataJobs,
        { appId: 'a' },
        'i',
      ).status,
  },
  {
    label: 'SAE template `LastJobState`',
    documented: SAE_JOB_STATES,
    table: SAE_LAST_JOB_STATUS_TABLE,
    mapped: (raw) =>
      toSaeJobTemplate(
        { AppId: 'a', AppName: 'n', LastJobState: raw } as ListJobsResponseBodyDataApplications,
        'i',
      ).lastJobStatus,
  },
  {
    label: 'Apache Gravitino',
    documented: GRAVITINO_JOB_STATUSES,
    table: GRAVITINO_STATUS_TABLE,
    mapped: (raw) =>
      toGravitinoJob({ jobId: 'job-1', jobTemplateName: 't', status: raw } as JobDTO, {
        instanceId: 'i',
        metalake: 'm',
      }).status,
  },
];

const rows = readmeRows();

describe('the README status table is the domain status tables', () => {
  it('has a row for every provider it names, and names only known providers and JobStatus values', () => {
    expect(new Set(rows.map((row) => row.provider))).toEqual(new Set(PROVIDERS.map((p) => p.label)));
    for (const row of rows) if (row.status !== null) expect(JOB_STATUSES).toContain(row.status);
  });

  it.each(PROVIDERS.map((provider) => [provider.label, provider] as const))(
    '%s: the README rows equal the table row for row, and the table covers every documented status',
    (label, { documented, table }) => {
      const readme = rows.filter((row) => row.provider === label).map((row) => [row.raw, row.status]);
      expect(readme).toEqual(Object.entries(table));
      expect(Object.keys(table)).toEqual([...documented]);
    },
  );

  it.each(rows.map((row) => [row.provider, row.raw, row.status] as const))(
    '%s %s → %s, as the provider mapper reads it off the wire',
    (label, raw, status) => {
      const provider = PROVIDERS.find((p) => p.label === label);
      expect(provider?.mapped(raw)).toBe(status);
    },
  );
});
