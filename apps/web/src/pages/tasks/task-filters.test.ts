import { describe, expect, it } from 'vitest';
import { filtersFrom, paramsFrom, taskListQuery } from './task-filters';

describe('the task list filters, kept in the address', () => {
  it('reads the filters, the page and the page size from the address and writes them back', () => {
    const address =
      'category=in_progress_overdue&planId=kh-495&q=ra+soat&dueFrom=2026-12-01&dueTo=2026-12-31&sort=-dueDate&trang=3&so=50';
    const filters = filtersFrom(new URLSearchParams(address));
    expect(filters).toEqual({
      category: 'in_progress_overdue',
      planId: 'kh-495',
      q: 'ra soat',
      dueFrom: '2026-12-01',
      dueTo: '2026-12-31',
      sort: '-dueDate',
      page: 3,
      pageSize: 50,
    });
    const sorted = (params: URLSearchParams) => [...params.entries()].sort();
    expect(sorted(paramsFrom(filters))).toEqual(sorted(new URLSearchParams(address)));
  });

  it('falls back to the first page, 20 rows and the default order for what it does not know', () => {
    expect(filtersFrom(new URLSearchParams('trang=-2&so=7&sort=hacked'))).toEqual({ page: 1, pageSize: 20 });
    expect(paramsFrom({ page: 1, pageSize: 20 }).toString()).toBe('');
  });

  it('asks the API for the page as offset and limit', () => {
    expect(taskListQuery({ page: 3, pageSize: 50, q: 'ra soat' })).toMatchObject({
      limit: 50,
      offset: 100,
      q: 'ra soat',
    });
  });
});
