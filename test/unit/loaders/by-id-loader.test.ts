import { BadUserInputError } from '../../../src/errors/bad-user-input.error';
import { GatewayBusyError } from '../../../src/errors/gateway-busy.error';
import { createByIdLoader } from '../../../src/loaders/by-id-loader';
import type { RegisteredInstance } from '../../../src/providers/provider-registry';

interface Key {
  readonly instanceId: string;
  readonly id: string;
}

/** A fake provider client whose many-ids call records each batch and answers from `answer`. */
function fakeClient(answer: (id: string) => string | null | Error) {
  const batches: string[][] = [];
  return {
    batches,
    getByIds: async (ids: readonly string[]) => {
      batches.push([...ids]);
      return ids.map((id) => answer(id));
    },
  };
}

type Client = ReturnType<typeof fakeClient>;

function instance(id: string, client: Client): RegisteredInstance<Client> {
  return { id, provider: 'SAE', regionId: 'cn-hangzhou', client, breakerState: () => 'closed' };
}

function loaderOver(...instances: RegisteredInstance<Client>[]) {
  return createByIdLoader<Key, string, Client>({
    provider: 'SAE',
    instances,
    idOf: (key) => key.id,
    lookUp: (client, ids) => client.getByIds(ids),
  });
}

describe('createByIdLoader', () => {
  it('makes one many-ids call per instance per tick and answers in key order, null for unknown ids', async () => {
    const a = fakeClient((id) => (id === 'missing' ? null : `a:${id}`));
    const b = fakeClient((id) => `b:${id}`);
    const loader = loaderOver(instance('ia', a), instance('ib', b));
    const values = await Promise.all([
      loader.load({ instanceId: 'ia', id: '1' }),
      loader.load({ instanceId: 'ib', id: '2' }),
      loader.load({ instanceId: 'ia', id: 'missing' }),
      loader.load({ instanceId: 'ia', id: '1' }),
    ]);
    expect(values).toEqual(['a:1', 'b:2', null, 'a:1']);
    expect(a.batches).toEqual([['1', 'missing']]);
    expect(b.batches).toEqual([['2']]);
  });

  it('refuses an unconfigured instance in its own slots only, with the one not-configured message', async () => {
    const a = fakeClient((id) => `a:${id}`);
    const loader = loaderOver(instance('ia', a));
    const [other, ok] = await Promise.allSettled([
      loader.load({ instanceId: 'nowhere', id: '1' }),
      loader.load({ instanceId: 'ia', id: '2' }),
    ]);
    expect(other).toMatchObject({
      status: 'rejected',
      reason: {
        message: '"nowhere" is not a configured SAE instance.',
        extensions: { code: 'BAD_USER_INPUT' },
      },
    });
    expect(ok).toEqual({ status: 'fulfilled', value: 'a:2' });
  });

  it('evicts a transient failure of one id (asked again later), keeps a definite one (not asked again)', async () => {
    const busy = new GatewayBusyError('SAE');
    const refused = new BadUserInputError('bad id');
    const asked = new Map<string, number>();
    const a = fakeClient((id) => {
      asked.set(id, (asked.get(id) ?? 0) + 1);
      if (asked.get(id) === 1 && id === 'busy') return busy;
      return id === 'bad' ? refused : `a:${id}`;
    });
    const loader = loaderOver(instance('ia', a));
    await expect(loader.load({ instanceId: 'ia', id: 'busy' })).rejects.toBe(busy);
    await expect(loader.load({ instanceId: 'ia', id: 'bad' })).rejects.toBe(refused);
    await expect(loader.load({ instanceId: 'ia', id: 'busy' })).resolves.toBe('a:busy');
    await expect(loader.load({ instanceId: 'ia', id: 'bad' })).rejects.toBe(refused);
    expect(a.batches).toEqual([['busy'], ['bad'], ['busy']]);
  });

  it('evicts every key of an instance whose whole call failed transiently', async () => {
    let fail = true;
    const a = fakeClient((id) => `a:${id}`);
    const flaky: Client = {
      batches: a.batches,
      getByIds: async (ids) => {
        if (fail) {
          fail = false;
          a.batches.push([...ids]);
          throw new TypeError('boom');
        }
        return a.getByIds(ids);
      },
    };
    const loader = loaderOver(instance('ia', flaky));
    await expect(loader.load({ instanceId: 'ia', id: '1' })).rejects.toThrow('boom');
    await expect(loader.load({ instanceId: 'ia', id: '1' })).resolves.toBe('a:1');
    expect(a.batches).toEqual([['1'], ['1']]);
  });
});
