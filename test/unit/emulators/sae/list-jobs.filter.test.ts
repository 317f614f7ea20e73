import { selectTemplates, type SaeListJobsCriteria } from '../../../../src/emulators/sae/list-jobs.filter';
import { LruCache } from '../../../../src/emulators/shared/lru-cache';
import { buildSaeTemplateIndex } from '../../../../src/emulators/sae/job-template.index';
import { createSaeDataset } from '../../../../src/emulators/sae/sae.dataset';

const index = buildSaeTemplateIndex(
  createSaeDataset({ seed: 'query', scale: 'small', referenceTime: Date.UTC(2026, 0, 15) }),
);
const all: SaeListJobsCriteria = { nameContains: [], tags: [], order: 'default', ascending: false };

describe('SAE ListJobs selection', () => {
  it('answers unfiltered and namespace-only listings from the indexes, without memoizing', () => {
    const memo = new LruCache<Int32Array>(4);
    expect(Array.from(selectTemplates(index, all, memo))).toEqual(index.dataset.templates.map((_, i) => i));
    const namespaceId = index.dataset.templates[0]?.namespaceId ?? '';
    const inNamespace = selectTemplates(index, { ...all, namespaceId }, memo);
    expect(inNamespace.length).toBeGreaterThan(0);
    expect(memo.size).toBe(0);
  });

  it('scans a filter combination once and serves its later pages from the memo', () => {
    const memo = new LruCache<Int32Array>(4);
    const criteria: SaeListJobsCriteria = { ...all, nameContains: ['e'], tags: [{ key: 'env' }] };
    const first = selectTemplates(index, criteria, memo);
    expect(selectTemplates(index, { ...criteria }, memo)).toBe(first);
    expect(memo.size).toBe(1);
    for (let i = 0; i < 6; i++) selectTemplates(index, { ...criteria, nameContains: [`${i}`] }, memo);
    expect(memo.size).toBe(4);
  });

  it('looks appIds up directly, deduplicated, in listing order', () => {
    const rows = index.dataset.templates;
    const appIds = [rows[9], rows[2], rows[9], rows[5]].map((row) => row?.appId ?? '');
    const memo = new LruCache<Int32Array>(4);
    expect(Array.from(selectTemplates(index, { ...all, appIds: [...appIds, 'missing'] }, memo))).toEqual([
      2, 5, 9,
    ]);
    expect(memo.size).toBe(0);
  });
});
