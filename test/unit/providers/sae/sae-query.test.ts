import { BadUserInputError } from '../../../../src/errors/bad-user-input.error';
import { checkSaePage, checkSaeState, toListJobsRequest } from '../../../../src/providers/sae/sae-query';

describe('toListJobsRequest', () => {
  it('maps every documented filter to its wire name; Tags becomes one JSON string', () => {
    expect(
      toListJobsRequest(
        {
          appName: 'etl',
          namespaceId: 'cn-beijing:demo',
          tags: [{ key: 'env', value: 'prod' }, { key: 'team' }],
          orderBy: 'instances',
          ascending: true,
          field: { type: 'appIds', value: ['a', 'b'] },
        },
        { currentPage: 3, pageSize: 50 },
      ),
    ).toEqual({
      AppName: 'etl',
      CurrentPage: 3,
      FieldType: 'appIds',
      FieldValue: 'a,b',
      NamespaceId: 'cn-beijing:demo',
      OrderBy: 'instances',
      PageSize: 50,
      Reverse: true,
      Tags: '[{"key":"env","value":"prod"},{"key":"team"}]',
    });
  });

  it('sends only paging for an empty filter, and drops an empty tag list', () => {
    expect(toListJobsRequest({ tags: [] }, { currentPage: 1, pageSize: 0 })).toEqual({
      CurrentPage: 1,
      PageSize: 0,
    });
  });

  it('maps FieldType=appName and refuses AppIds SAE would split', () => {
    expect(
      toListJobsRequest({ field: { type: 'appName', value: 'x' } }, { currentPage: 1, pageSize: 1 }),
    ).toMatchObject({
      FieldType: 'appName',
      FieldValue: 'x',
    });
    expect(() =>
      toListJobsRequest({ field: { type: 'appIds', value: ['a,b'] } }, { currentPage: 1, pageSize: 1 }),
    ).toThrow(BadUserInputError);
    expect(() =>
      toListJobsRequest({ field: { type: 'appIds', value: [' '] } }, { currentPage: 1, pageSize: 1 }),
    ).toThrow(BadUserInputError);
  });
});

describe('checkSaePage / checkSaeState', () => {
  it.each([
    [{ currentPage: 0, pageSize: 1 }],
    [{ currentPage: 1.5, pageSize: 1 }],
    [{ currentPage: 1, pageSize: -1 }],
    [{ currentPage: 1, pageSize: 201 }],
  ])('refuses %j', (page) => {
    expect(() => checkSaePage(page, 200)).toThrow(BadUserInputError);
  });

  it('accepts the documented bounds and the four states', () => {
    expect(() => checkSaePage({ currentPage: 1, pageSize: 0 }, 200)).not.toThrow();
    expect(() => checkSaePage({ currentPage: 9, pageSize: 200 }, 200)).not.toThrow();
    for (const state of ['0', '1', '2', '3', undefined]) expect(() => checkSaeState(state)).not.toThrow();
    expect(() => checkSaeState('4')).toThrow(BadUserInputError);
  });
});
