import { NewestFirstCheck } from '../../../src/jobs/newest-first-check';

/** The check fed page by page. */
function check(...pages: (number | null)[][]): boolean {
  const order = new NewestFirstCheck();
  for (const page of pages) order.accept(page);
  return order.holds;
}

describe('NewestFirstCheck', () => {
  it.each([
    ['one page, newest first', [[9, 7, 7, 3]], true],
    [
      'ties in any order (no upstream documents its tie order)',
      [
        [5, 5, 5],
        [5, 4],
      ],
      true,
    ],
    [
      'a later page that starts at the earlier page’s oldest time',
      [
        [9, 6],
        [6, 2],
      ],
      true,
    ],
    ['unknown times last', [[4, 1, null], [null]], true],
    ['no items at all', [[], []], true],
    ['two items out of order within a page', [[9, 3, 7]], false],
    [
      'a later page newer than the earlier page’s oldest item',
      [
        [9, 6],
        [7, 1],
      ],
      false,
    ],
    [
      'a page newest first on its own but newer than the page before',
      [
        [5, 4],
        [9, 8],
      ],
      false,
    ],
    ['a known time after an unknown one', [[4, null], [2]], false],
  ])('%s: %s', (_name, pages, holds) => {
    expect(check(...(pages as (number | null)[][]))).toBe(holds);
  });

  it('stays broken once broken, whatever comes after', () => {
    const order = new NewestFirstCheck();
    expect(order.accept([3, 5])).toBe(false);
    expect(order.accept([1, 0])).toBe(false);
    expect(order.holds).toBe(false);
  });
});
