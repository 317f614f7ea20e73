import type { ConfiguredInstances } from '../../../../src/domain/configured-instance';
import { RequestInstances } from '../../../../src/schema/common/request-instances';

const granted: ConfiguredInstances = {
  emrServerlessSpark: [
    { id: 'emr-hz', provider: 'EMR_SERVERLESS_SPARK', regionId: 'cn-hangzhou' },
    { id: 'emr-sh', provider: 'EMR_SERVERLESS_SPARK', regionId: 'cn-shanghai' },
  ],
  paiDlc: [{ id: 'pai', provider: 'PAI_DLC', regionId: 'cn-beijing' }],
  sae: [],
  gravitino: [{ id: 'g', provider: 'GRAVITINO', regionId: null, metalakes: ['lake'] }],
};

const badInput = (message: string, argument: string) =>
  expect.objectContaining({
    message,
    extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument }),
  });

describe('RequestInstances: the one place a request picks, checks and locates instances', () => {
  const instances = new RequestInstances(granted);

  it('selects by filter.instances and filter.regions, in config order', () => {
    const ids = (selection: Parameters<RequestInstances['select']>[1]) =>
      instances.select('EMR_SERVERLESS_SPARK', selection).map((instance) => instance.id);
    expect(ids(null)).toEqual(['emr-hz', 'emr-sh']);
    expect(ids({ instances: ['emr-sh', 'emr-hz'] })).toEqual(['emr-hz', 'emr-sh']);
    expect(ids({ regions: ['cn-shanghai'] })).toEqual(['emr-sh']);
    expect(ids({ instances: ['emr-hz'], regions: ['cn-shanghai'] })).toEqual([]);
  });

  it('refuses an unknown (or ungranted) instance with the one not-configured message', () => {
    expect(() => instances.select('PAI_DLC', { instances: ['elsewhere'] })).toThrow(
      badInput('"elsewhere" is not a configured PAI-DLC instance.', 'filter.instances'),
    );
    expect(() => instances.gravitinoMetalake('lake', 'nowhere')).toThrow(
      badInput('"nowhere" is not a configured Gravitino instance.', 'instance'),
    );
  });

  it('checks the instance of a global id, and finds the region an object was read from', () => {
    expect(() => instances.require('PAI_DLC', 'pai')).not.toThrow();
    expect(() => instances.require('SAE', 'pai')).toThrow(
      badInput('The id is not a jobgraph id: its SAE instance is not configured.', 'id'),
    );
    expect(instances.region('EMR_SERVERLESS_SPARK', 'emr-sh')).toBe('cn-shanghai');
    expect(() => instances.requireGravitinoScope({ instanceId: 'g', metalake: 'other' })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ argument: 'id' }) }),
    );
  });
});
