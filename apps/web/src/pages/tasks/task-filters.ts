import type { TaskCategory } from '../../labels/task-labels';
import { SECTION_PATTERN } from '../../labels/source-labels';

/** The filters of the task list, kept in the address so a filtered list can be shared. */
export interface TaskFilters {
  category?: TaskCategory;
  planId?: string;
  participation?: 'lead' | 'coordinating';
  agencyId?: string;
  dueFrom?: string;
  dueTo?: string;
  q?: string;
  /** A plan section ('III.5'): the tasks of it and of its sub-sections. */
  section?: string;
  sort?: TaskSort;
  /** A past day (yyyy-mm-dd): the list as it stood at its end. */
  asOf?: string;
  page: number;
  pageSize: number;
}

/** The orders GET /tasks offers; dueDate (earliest first) is the default. */
export const TASK_SORTS = ['dueDate', '-dueDate', 'daysOverdue', 'code'] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

const KEYS = [
  'category',
  'planId',
  'participation',
  'agencyId',
  'dueFrom',
  'dueTo',
  'q',
  'section',
  'sort',
  'asOf',
] as const;

export function filtersFrom(params: URLSearchParams): TaskFilters {
  const filters: TaskFilters = {
    page: Math.max(1, Number(params.get('trang')) || 1),
    pageSize: [10, 20, 50, 100].includes(Number(params.get('so'))) ? Number(params.get('so')) : 20,
  };
  for (const key of KEYS) {
    const value = params.get(key);
    if (value) (filters as unknown as Record<string, string>)[key] = value;
  }
  // An order typed into the address that the API does not know falls back to the default.
  if (filters.sort && !(TASK_SORTS as readonly string[]).includes(filters.sort)) delete filters.sort;
  // Likewise a section the API would refuse: the list shows everything rather than an error.
  if (filters.section && !SECTION_PATTERN.test(filters.section)) delete filters.section;
  if (filters.asOf && !/^\d{4}-\d{2}-\d{2}$/.test(filters.asOf)) delete filters.asOf;
  return filters;
}

export function paramsFrom(filters: TaskFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.page > 1) params.set('trang', String(filters.page));
  if (filters.pageSize !== 20) params.set('so', String(filters.pageSize));
  return params;
}

/** The query of GET /tasks for these filters. */
export function taskListQuery(filters: TaskFilters) {
  return {
    limit: filters.pageSize,
    offset: (filters.page - 1) * filters.pageSize,
    category: filters.category,
    planId: filters.planId,
    participation: filters.participation,
    agencyId: filters.agencyId,
    dueFrom: filters.dueFrom,
    dueTo: filters.dueTo,
    q: filters.q,
    section: filters.section,
    sort: filters.sort,
    asOf: filters.asOf,
  };
}
