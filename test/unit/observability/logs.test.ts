import { PassThrough } from 'node:stream';
import { stderrLog } from '../../../src/cli/stderr-log';
import { ConfigError } from '../../../src/config/config-error';

/** What the CLI's log wrote for a failure, a warning, an access line and a debug line. */
function written(env: Record<string, string>, demo = false): string[] {
  const stderr = new PassThrough();
  const log = stderrLog(stderr, env, demo);
  log('upstream call failed: x');
  log('SAE ListJobs sent StartTime=1657522800000 ...', 'warn');
  log('request Workspaces 200', 'info', { requestId: 'r-1', operation: 'Workspaces', status: 200 });
  log('SAE ListJobs (FieldType=appIds, 5 ids batched) lacked 5 of them ...', 'debug');
  return String(stderr.read() ?? '')
    .split('\n')
    .filter(Boolean);
}

describe('the log on stderr (pino)', () => {
  it('writes one JSON object per line, with its level, text and typed fields', () => {
    const lines = written({}).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toEqual([
      expect.objectContaining({ level: 50, msg: 'upstream call failed: x', name: 'jobgraph' }),
      expect.objectContaining({ level: 40, msg: 'SAE ListJobs sent StartTime=1657522800000 ...' }),
      expect.objectContaining({ level: 30, requestId: 'r-1', operation: 'Workspaces', status: 200 }),
    ]);
    // Neither the machine's name nor anything else the gateway did not put there.
    for (const line of lines) expect(Object.keys(line)).not.toContain('hostname');
  });

  it('honours JOBGRAPH_LOG_LEVEL: debug adds debug lines, warn drops the access lines', () => {
    expect(written({ JOBGRAPH_LOG_LEVEL: 'debug' })).toHaveLength(4);
    expect(written({ JOBGRAPH_LOG_LEVEL: 'warn' }).map((line) => JSON.parse(line).level)).toEqual([50, 40]);
  });

  it('is human-readable (pino-pretty) in demo mode, and JSON there when JOBGRAPH_LOG_FORMAT=json', () => {
    const pretty = written({}, true);
    expect(pretty[0]).toMatch(/ERROR.*upstream call failed: x/);
    expect(() => JSON.parse(pretty[0] ?? '')).toThrow();
    expect(JSON.parse(written({ JOBGRAPH_LOG_FORMAT: 'json' }, true)[0] ?? '')).toMatchObject({ level: 50 });
  });

  it('refuses an unknown level or format with a config error, not a stack trace', () => {
    expect(() => written({ JOBGRAPH_LOG_LEVEL: 'verbose' })).toThrow(ConfigError);
    expect(() => written({ JOBGRAPH_LOG_FORMAT: 'xml' })).toThrow(
      /JOBGRAPH_LOG_FORMAT must be json or pretty/,
    );
  });
});
