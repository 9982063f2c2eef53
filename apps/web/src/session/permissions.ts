import type { Role } from '../labels/identity-labels';

/**
 * What each role may do, as far as the screens are concerned: a button the role may not
 * use is not shown. The API's policy table stays the authority and refuses the rest.
 */
export type Capability =
  | 'work.own-tasks'
  | 'work.hand-to-unit'
  | 'plans.manage'
  | 'tasks.assign'
  | 'tasks.review'
  | 'tasks.escalate'
  | 'tasks.cancel'
  | 'indicators.review_values'
  | 'read.everything'
  | 'admin.manage';

const CAPABILITIES: Record<Role, readonly Capability[]> = {
  officer: ['work.own-tasks'],
  agency_head: ['work.own-tasks', 'work.hand-to-unit'],
  standing_office: [
    'plans.manage',
    'tasks.assign',
    'tasks.review',
    'tasks.escalate',
    'tasks.cancel',
    'indicators.review_values',
    'read.everything',
  ],
  leadership: ['read.everything'],
  admin: ['admin.manage'],
};

export function can(role: Role | undefined, capability: Capability): boolean {
  return role !== undefined && CAPABILITIES[role].includes(capability);
}

/** Where "Việc của đơn vị" lives. */
export const TASK_LIST_PATH = '/viec-cua-don-vi';

/** Where a person lands after logging in. */
export function homeOf(role: Role): string {
  switch (role) {
    case 'officer':
    case 'agency_head':
      return TASK_LIST_PATH;
    case 'standing_office':
      return '/qua-han';
    case 'leadership':
      return '/tong-quan';
    case 'admin':
      return '/quan-tri/co-quan';
  }
}
