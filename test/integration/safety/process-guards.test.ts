import { EventEmitter } from 'node:events';
import { installProcessGuards, processGuardCounts } from '../../../src/server/process-guards';

/** A stand-in for `process`: the guards only listen for its two events (the real one would end the test run). */
function fakeProcess() {
  const emitter = new EventEmitter();
  const exits: number[] = [];
  return {
    proc: Object.assign(emitter, {
      exit: (code: number) => void exits.push(code),
    }) as unknown as NodeJS.Process,
    emitter,
    exits,
  };
}

describe('process guards', () => {
  it('logs an unhandled rejection as one line naming only the error class, counts it, and keeps the process', () => {
    const { proc, emitter, exits } = fakeProcess();
    const lines: string[] = [];
    const before = processGuardCounts.unhandledRejections;
    const remove = installProcessGuards({ log: (line) => lines.push(line) }, proc);
    emitter.emit(
      'unhandledRejection',
      new TypeError('password=hunter2 at https://emr.cn-hangzhou.aliyuncs.com/x'),
    );
    expect(processGuardCounts.unhandledRejections).toBe(before + 1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('TypeError');
    expect(lines[0]).not.toMatch(/hunter2|aliyuncs|https?:|\n/);
    expect(exits).toEqual([]);
    remove();
    expect(emitter.listenerCount('unhandledRejection') + emitter.listenerCount('uncaughtException')).toBe(0);
  });

  it('logs and counts an uncaught exception, then stops the process', () => {
    const { proc, emitter, exits } = fakeProcess();
    const lines: string[] = [];
    const before = processGuardCounts.uncaughtExceptions;
    const remove = installProcessGuards({ log: (line) => lines.push(line) }, proc);
    emitter.emit('uncaughtException', new RangeError('secret text'));
    expect(processGuardCounts.uncaughtExceptions).toBe(before + 1);
    expect(lines).toEqual([expect.stringContaining('RangeError')]);
    expect(lines[0]).not.toContain('secret text');
    expect(exits).toEqual([1]);
    remove();
  });
});
