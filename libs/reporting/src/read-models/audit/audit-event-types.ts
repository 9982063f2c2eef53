import { AGENCY_EVENT_TYPES } from '@giaoviec/agencies';
import { USER_EVENT_TYPES } from '@giaoviec/identity';
import { INDICATOR_EVENT_TYPES, PLAN_EVENT_TYPES } from '@giaoviec/planning';
import { TASK_EVENT_TYPES } from '@giaoviec/tasks';

/**
 * Every event type of the system: the audit trail has one row per event, whatever its
 * context. A context that adds a stream adds its list here (and a sentence to summarizeEvent).
 */
export const AUDITED_EVENT_TYPES: readonly string[] = [
  ...AGENCY_EVENT_TYPES,
  ...PLAN_EVENT_TYPES,
  ...INDICATOR_EVENT_TYPES,
  ...TASK_EVENT_TYPES,
  ...USER_EVENT_TYPES,
];
