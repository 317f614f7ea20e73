import { CliUsageError } from '../../../src/cli/cli-usage-error';
import { toStartEmulatorsOptions } from '../../../src/cli/emulate-options';

/** `jobgraph emulate --list-order / --page-caps`: the emulators' options where the documentation is silent. */

describe('jobgraph emulate --list-order', () => {
  it('passes newest-first or shuffled to the emulators, and nothing when absent (newest-first)', () => {
    expect(toStartEmulatorsOptions({ 'list-order': 'shuffled' }).listOrder).toBe('shuffled');
    expect(toStartEmulatorsOptions({ 'list-order': 'newest-first' }).listOrder).toBe('newest-first');
    expect(toStartEmulatorsOptions({})).not.toHaveProperty('listOrder');
  });

  it.each(['random', 'Shuffled', ''])('refuses %j with a usage error naming the values', (value) => {
    expect(() => toStartEmulatorsOptions({ 'list-order': value })).toThrow(CliUsageError);
    expect(() => toStartEmulatorsOptions({ 'list-order': value })).toThrow(/newest-first or shuffled/);
  });
});

describe('jobgraph emulate --page-caps', () => {
  it('passes each cap given, and nothing when absent (no cap where the documentation states none)', () => {
    expect(toStartEmulatorsOptions({ 'page-caps': 'paiListJobs=7' }).pageCaps).toEqual({ paiListJobs: 7 });
    expect(toStartEmulatorsOptions({ 'page-caps': 'paiListJobs=7, emrListWorkspaces=25' }).pageCaps).toEqual({
      paiListJobs: 7,
      emrListWorkspaces: 25,
    });
    expect(toStartEmulatorsOptions({})).not.toHaveProperty('pageCaps');
  });

  it.each([
    'paiListJobs',
    'paiListJobs=0',
    'paiListJobs=-3',
    'paiListJobs=2.5',
    'paiListJobs=7,paiListJobs=8',
    'emrListJobRuns=7',
    'paiListJobs=7=8',
    '',
  ])('refuses %j with a usage error', (value) => {
    expect(() => toStartEmulatorsOptions({ 'page-caps': value })).toThrow(CliUsageError);
  });
});
