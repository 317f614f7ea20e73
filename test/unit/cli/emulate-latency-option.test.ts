import { CliUsageError } from '../../../src/cli/cli-usage-error';
import { toStartEmulatorsOptions } from '../../../src/cli/emulate-options';

describe('jobgraph emulate --latency-ms', () => {
  it('passes the milliseconds to the emulators, and leaves them out when absent', () => {
    expect(toStartEmulatorsOptions({ 'latency-ms': '30' })).toEqual({ latencyMs: 30 });
    expect(toStartEmulatorsOptions({ 'latency-ms': '0' })).toEqual({ latencyMs: 0 });
    expect(toStartEmulatorsOptions({})).toEqual({});
  });

  it.each(['-1', '1.5', 'abc', '', '60001'])('refuses "%s" as a usage error', (value) => {
    expect(() => toStartEmulatorsOptions({ 'latency-ms': value })).toThrow(CliUsageError);
  });
});
