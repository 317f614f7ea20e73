import { fromGlobalId } from '../../../../src/domain/global-id';
import { asNode } from '../../../../src/schema/node/as-node';

describe('asNode', () => {
  it('tags a domain object with its type and a global id that reads back to its keys', () => {
    const job = { instanceId: 'g', metalake: 'lake', jobId: 'job-1' };
    const node = asNode('GravitinoJob', job.instanceId, [job.metalake, job.jobId], job);
    expect(node).toMatchObject({ ...job, __typename: 'GravitinoJob' });
    expect(fromGlobalId(node.id)).toEqual({ type: 'GravitinoJob', instanceId: 'g', keys: ['lake', 'job-1'] });
    expect(job).not.toHaveProperty('id');
  });

  it('makes the node of one object once (a cached list is tagged once), and one per type', () => {
    const workspace = { instanceId: 'emr', workspaceId: 'w-1' };
    const first = asNode('Workspace', 'emr', ['w-1'], workspace);
    expect(asNode('Workspace', 'emr', ['w-1'], workspace)).toBe(first);
    expect(asNode('Workspace', 'emr', ['w-1'], { ...workspace })).not.toBe(first);
    const asOtherType = asNode('SaeJobTemplate', 'emr', ['w-1'], workspace);
    expect(asOtherType.__typename).toBe('SaeJobTemplate');
    expect(first.__typename).toBe('Workspace');
  });
});
