import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { isObjectType } from 'graphql';
import { main } from '../src/cli/jobgraph';
import { buildGatewaySchema } from '../src/schema/build-schema';
import { buildJobgraphSubgraphSchema, subgraphSdl } from '../src/schema/build-subgraph-schema';
import { printSubgraphSdl, SUBGRAPH_BANNER } from '../src/schema/print-schema';

const checkedIn = (): string => readFileSync(join(__dirname, '..', 'subgraph.graphql'), 'utf8');

/** `jobgraph schema --federation`'s stdout. */
async function federationCommandOutput(): Promise<string> {
  let text = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  expect(await main(['schema', '--federation'], { stdout: sink, stderr: sink })).toBe(0);
  return text;
}

describe('subgraph.graphql', () => {
  it('is exactly the subgraph SDL the code emits (regenerate with `npm run schema:emit`)', async () => {
    expect(checkedIn().startsWith(SUBGRAPH_BANNER)).toBe(true);
    expect(checkedIn()).toBe(
      printSubgraphSdl(subgraphSdl(buildJobgraphSubgraphSchema(await buildGatewaySchema()))),
    );
  });

  it('is what `jobgraph schema --federation` prints', async () => {
    expect(await federationCommandOutput()).toBe(checkedIn());
  });

  it('links Federation 2 and keys every object type implementing Node by id', async () => {
    const schema = await buildGatewaySchema();
    const nodeTypes = Object.values(schema.getTypeMap()).filter(
      (type) => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'),
    );
    expect(nodeTypes.length).toBeGreaterThan(5);
    const sdl = checkedIn();
    expect(sdl).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+"/);
    for (const type of nodeTypes)
      expect(sdl).toMatch(new RegExp(`^type ${type.name} implements [^{]*\\s@key\\(fields: "id"\\)`, 'm'));
  });
});
