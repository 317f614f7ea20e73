import fc from 'fast-check';

// Any UTF-16 string, lone surrogates included: provider ids come from JSON, which can carry them.
const anyString = () => fc.string({ unit: 'binary' });
import { jobListIdPrefix, jobOrderKey, type ListedJob } from '../../../src/jobs/listed-job';

const sae = (instanceId: string, appId: string, jobId: string) =>
  ({ provider: 'SAE', instanceId, appId, jobId }) as unknown as ListedJob;
const emr = (instanceId: string, workspaceId: string, jobRunId: string) =>
  ({ provider: 'EMR_SERVERLESS_SPARK', instanceId, workspaceId, jobRunId }) as unknown as ListedJob;

describe('jobOrderKey', () => {
  it("starts with its own list's id prefix and holds only printable ASCII after it, whatever the ids hold", () => {
    const keepsPrefix = (key: string, prefix: string) =>
      key.startsWith(prefix) && /^[\x20-\x7e]*$/.test(key.slice(prefix.length));
    fc.assert(
      fc.property(anyString(), anyString(), anyString(), (instance, unit, id) => {
        expect(
          keepsPrefix(jobOrderKey(sae(instance, unit, id)), jobListIdPrefix('SAE', instance, unit)),
        ).toBe(true);
        expect(
          keepsPrefix(
            jobOrderKey(emr(instance, unit, id)),
            jobListIdPrefix('EMR_SERVERLESS_SPARK', instance, unit),
          ),
        ).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('orders key by key: instance, then list, then id, even when one key is a prefix of another', () => {
    fc.assert(
      fc.property(anyString(), anyString(), anyString(), anyString(), (unitA, unitB, idA, idB) => {
        fc.pre(unitA !== unitB);
        const a = jobOrderKey(sae('i', unitA, idA));
        const b = jobOrderKey(sae('i', unitB, idB));
        // The list key decides, not the job id that follows it.
        expect(a < b).toBe(jobOrderKey(sae('i', unitA, '')) < jobOrderKey(sae('i', unitB, '')));
      }),
      { numRuns: 500 },
    );
    expect(jobOrderKey(sae('i', 'a', 'zzz')) < jobOrderKey(sae('i', 'a b', 'a'))).toBe(true);
  });

  it("is a different key for each provider's job, never the same for two jobs", () => {
    const keys = [
      jobOrderKey(sae('x', 'y', 'z')),
      jobOrderKey(emr('x', 'y', 'z')),
      jobOrderKey({
        provider: 'GRAVITINO',
        instanceId: 'x',
        metalake: 'y',
        jobId: 'z',
      } as unknown as ListedJob),
      jobOrderKey({ provider: 'PAI_DLC', instanceId: 'x', jobId: 'y z' } as unknown as ListedJob),
      jobOrderKey({ provider: 'PAI_DLC', instanceId: 'x y', jobId: 'z' } as unknown as ListedJob),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
