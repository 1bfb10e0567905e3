import { countOnAsk, toConnection } from './connection';

describe('connection counts', () => {
  it('counts on the first ask only, and not at all when nobody asks', async () => {
    let runs = 0;
    const count = countOnAsk(() => Promise.resolve(++runs * 10));
    const page = toConnection([1, 2, 3], 2, count, (r) => r, String, null);
    expect(runs).toBe(0);
    expect(page.edges.map((e) => e.node)).toEqual([1, 2]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const total = page.totalCount;
    expect(await Promise.all([total(), total()])).toEqual([10, 10]);
    expect(runs).toBe(1);
  });
});
