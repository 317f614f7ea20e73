import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGatewaySchema } from '../src/schema/build-schema';
import { printGatewaySchema, SCHEMA_BANNER } from '../src/schema/print-schema';

describe('schema.graphql', () => {
  it('is exactly the SDL the code emits (regenerate with `npm run schema:emit`)', async () => {
    const checkedIn = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(checkedIn.startsWith(SCHEMA_BANNER)).toBe(true);
    expect(checkedIn).toBe(printGatewaySchema(await buildGatewaySchema()));
  });
});
