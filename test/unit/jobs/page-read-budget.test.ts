import { JOBS_MIN_PAGE_READS, PageReadBudget, pageReadAllowance } from '../../../src/jobs/page-read-budget';

describe('PageReadBudget', () => {
  it('allows max(2 × size, JOBS_MIN_PAGE_READS) reads, what the cost estimate charges', () => {
    expect(pageReadAllowance(5)).toBe(JOBS_MIN_PAGE_READS);
    expect(pageReadAllowance(100)).toBe(200);
  });

  it('never refuses reads in the upstream’s order, and takes whole-read calls only while the allowance lasts', () => {
    const budget = new PageReadBudget(100);
    for (let i = 0; i < 250; i++) budget.count();
    expect(() => budget.take('SAE')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX' }) }),
    );
    const fresh = new PageReadBudget(100);
    for (let i = 0; i < 150; i++) fresh.count();
    for (let i = 0; i < 50; i++) fresh.take('EMR_SERVERLESS_SPARK');
    expect(() => fresh.take('EMR_SERVERLESS_SPARK')).toThrow(/200 upstream calls/);
    expect(fresh.reads).toBe(200);
  });

  it('keeps what a small page’s floor adds for whole reads, however many reads came in order', () => {
    const budget = new PageReadBudget(5);
    // 2 × 5 per-item reads; the floor adds 54 more that only whole reads may take.
    for (let i = 0; i < 100; i++) budget.count();
    for (let i = 0; i < JOBS_MIN_PAGE_READS - 10; i++) budget.take('SAE');
    expect(() => budget.take('SAE')).toThrow(/did not list its jobs newest first/);
  });
});
