import type { PolicyAction } from '@giaoviec/platform';
import type { PreparedRequest, Scenario } from './authorization-scenarios';

/**
 * Scenarios of the read-model routes, for the authorization matrix (merge into SCENARIOS).
 * A list query names no single resource, so `owner` is passed as the `agencyId` filter: a
 * role allowed `own` reads its own agency's rows (200) and is refused another agency's (403);
 * `any` reads both. Each answers 200 as soon as the read models exist, even before they hold
 * a row, so no set-up is needed.
 */
const get = (path: string): PreparedRequest => ({ method: 'GET', path });

export const REPORTING_SCENARIOS: Partial<Record<PolicyAction, Scenario>> = {
  'task.list': async (_world, owner) => get(`/tasks?agencyId=${encodeURIComponent(owner)}`),
  'dashboard.read': async (_world, owner) => get(`/dashboard/agencies?agencyId=${encodeURIComponent(owner)}`),
  /** The ranking of every agency: nothing of one agency to ask for. */
  'dashboard.read_scoreboard': async () => get('/dashboard/agency-scoreboard?from=2026-01-01&to=2026-06-30'),
  'audit.read': async (_world, owner) => get(`/audit?agencyId=${encodeURIComponent(owner)}`),
  /** Everyone reads their own notifications: nothing of another agency can be asked for. */
  'notification.read': async () => get('/notifications'),
  /** ...and marks them read: only their own, so there is no other agency's to ask for. */
  'notification.mark_read': async () => ({ method: 'POST', path: '/notifications/read-all' }),
  /** The working-day calendar is everyone's: no agency owns a day. */
  'calendar.read': async () => get('/calendar/day?date=2026-09-02'),
};
