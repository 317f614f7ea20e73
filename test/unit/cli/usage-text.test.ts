import { Writable } from 'node:stream';
import { EMULATE_FLAGS } from '../../../src/cli/emulate-options';
import { main } from '../../../src/cli/jobgraph';

/** The usage text `jobgraph help` prints. */
async function usageText(): Promise<string> {
  let text = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  await main(['help'], { stdout: sink, stderr: sink });
  return text;
}

describe('jobgraph help', () => {
  // A flag the parser accepts but the help leaves out is one nobody finds.
  it.each(Object.keys(EMULATE_FLAGS))('lists the emulate flag --%s', async (flag) => {
    expect(await usageText()).toMatch(new RegExp(`^\\s+--${flag}\\b`, 'm'));
  });
});
