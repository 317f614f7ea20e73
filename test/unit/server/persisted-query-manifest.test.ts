import { parse } from 'graphql';
import { ConfigError } from '../../../src/config/config-error';
import { buildManifest } from '../../../src/server/persisted-queries/build-manifest';
import { parseManifest, sha256Hex } from '../../../src/server/persisted-queries/manifest';

describe('persisted query manifest', () => {
  it('builds one entry per operation, each with the fragments it uses, across documents', () => {
    const manifest = buildManifest([
      parse('query A { workspaces { nodes { ...W } } } query B { __typename }'),
      parse(
        'fragment W on Workspace { id ...V } fragment V on Workspace { region } fragment X on Workspace { id }',
      ),
    ]);
    expect(manifest.operations.map((operation) => [operation.name, operation.type])).toEqual([
      ['A', 'query'],
      ['B', 'query'],
    ]);
    const [a] = manifest.operations;
    expect(a?.body).toMatch(/fragment W/);
    expect(a?.body).toMatch(/fragment V/);
    expect(a?.body).not.toMatch(/fragment X/);
    expect(a?.id).toBe(sha256Hex(a?.body ?? ''));
  });

  it('reads back what it builds', () => {
    const manifest = buildManifest([parse('query A { __typename }')]);
    expect(parseManifest(JSON.stringify(manifest), 'm.json')).toEqual(manifest);
  });

  it('refuses an id that is not the sha256 of its body, naming the operation', () => {
    const manifest = buildManifest([parse('query A { __typename }')]);
    const tampered = {
      ...manifest,
      operations: [{ ...manifest.operations[0], body: '{ __schema { types { name } } }' }],
    };
    expect(() => parseManifest(JSON.stringify(tampered), 'm.json')).toThrow(
      new ConfigError(
        'persistedQueries.safelist.manifest: m.json operations[0] (A): id is not the sha256 of body',
      ),
    );
  });

  it('refuses what is not an Apollo persisted query manifest', () => {
    expect(() => parseManifest('{"format":"other","version":1,"operations":[]}', 'm.json')).toThrow(
      ConfigError,
    );
    expect(() => parseManifest('not json', 'm.json')).toThrow(/not valid JSON/);
  });
});
