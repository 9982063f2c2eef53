import type { Role } from '@giaoviec/kernel';

/**
 * Who may do what, in one table. For each action and role:
 * - `any`: on every resource;
 * - `own`: only on resources of the actor's agency, as the action's `ownedBy` defines it;
 * - `deny`.
 * Every route names its action with @Authorize; the API refuses to start if a route has no
 * action or an action is not in this table, and the authorization test matrix is generated
 * from it, so a new command cannot slip in without a decision here.
 */
export type Permission = 'any' | 'own' | 'deny';
export type PolicyRole = Exclude<Role, 'system'>;

/** What makes a resource "of the actor's agency". */
export type Ownership =
  /** The task's lead agency (chủ trì). */
  | 'task_lead'
  /** The task's lead or a coordinating agency (phối hợp). */
  | 'task_participant'
  /** A coordinating agency of the task, never its lead. */
  | 'task_coordinator'
  /** The indicator's responsible agency. */
  | 'indicator_responsible'
  /** The user's own agency. */
  | 'user_agency'
  /** Nothing is owned: `own` never applies. */
  | 'none';

export interface ActionPolicy {
  readonly ownedBy: Ownership;
  /** Route parameter naming the resource, e.g. `taskId`. */
  readonly resourceParam?: string;
  readonly roles: Readonly<Record<PolicyRole, Permission>>;
  /** Reads change nothing; leadership may read everything, and reads are not commands. */
  readonly kind: 'command' | 'query';
}

const onlyAdmin = {
  officer: 'deny',
  agency_head: 'deny',
  standing_office: 'deny',
  leadership: 'deny',
  admin: 'any',
} as const;
const onlyStandingOffice = {
  officer: 'deny',
  agency_head: 'deny',
  standing_office: 'any',
  leadership: 'deny',
  admin: 'deny',
} as const;
const leadAgencyOnly = {
  officer: 'own',
  agency_head: 'own',
  standing_office: 'deny',
  leadership: 'deny',
  admin: 'deny',
} as const;
const everyone = {
  officer: 'any',
  agency_head: 'any',
  standing_office: 'any',
  leadership: 'any',
  admin: 'any',
} as const;

const task = (roles: ActionPolicy['roles'], ownedBy: Ownership = 'task_lead'): ActionPolicy => ({
  ownedBy,
  resourceParam: 'taskId',
  roles,
  kind: 'command',
});
const cityWide = (roles: ActionPolicy['roles']): ActionPolicy => ({
  ownedBy: 'none',
  roles,
  kind: 'command',
});
const read = (
  roles: ActionPolicy['roles'],
  ownedBy: Ownership = 'none',
  resourceParam?: string,
): ActionPolicy => ({
  ownedBy,
  resourceParam,
  roles,
  kind: 'query',
});

export const POLICY_TABLE = {
  // Agencies: the administrator keeps the directory (communes merge and rename).
  'agency.register': cityWide(onlyAdmin),
  'agency.rename': cityWide(onlyAdmin),
  'agency.retire': cityWide(onlyAdmin),
  'agency.merge': cityWide(onlyAdmin),
  'agency.read': read(everyone),

  // Users and their rights: the administrator; everyone changes their own password.
  'user.register': cityWide(onlyAdmin),
  'user.change_role': cityWide(onlyAdmin),
  'user.move_agency': cityWide(onlyAdmin),
  'user.deactivate': cityWide(onlyAdmin),
  'user.reactivate': cityWide(onlyAdmin),
  'user.reset_password': cityWide(onlyAdmin),
  'user.read': read(
    { officer: 'deny', agency_head: 'own', standing_office: 'any', leadership: 'any', admin: 'any' },
    'user_agency',
    'userId',
  ),
  /** GET /auth/me: one's own account. */
  'user.read_self': read(everyone),
  'user.change_own_password': cityWide({
    officer: 'any',
    agency_head: 'any',
    standing_office: 'any',
    leadership: 'any',
    admin: 'any',
  }),

  // Plans and KPI targets: the standing office issues and amends; agencies report their indicators.
  'plan.issue': cityWide(onlyStandingOffice),
  'plan.amend': cityWide(onlyStandingOffice),
  'plan.close': cityWide(onlyStandingOffice),
  'plan.read': read(everyone),
  /** Reading a plan's text into a draft records nothing; issuing it goes through plan.issue. */
  'plan.import_draft': read(onlyStandingOffice),
  'indicator.define': cityWide(onlyStandingOffice),
  'indicator.report_value': {
    ownedBy: 'indicator_responsible',
    resourceParam: 'indicatorId',
    roles: { officer: 'own', agency_head: 'own', standing_office: 'any', leadership: 'deny', admin: 'deny' },
    kind: 'command',
  },
  /** Only a confirmed value counts on the scoreboard: the standing office checks each one. */
  'indicator.confirm_value': cityWide(onlyStandingOffice),
  'indicator.return_value': cityWide(onlyStandingOffice),

  // Tasks: the standing office assigns, reviews and chases; the lead agency does the work.
  'task.assign': cityWide(onlyStandingOffice),
  'task.acknowledge': task(leadAgencyOnly),
  'task.report_progress': task(leadAgencyOnly, 'task_participant'),
  'task.submit_periodic_report': task(leadAgencyOnly),
  'task.request_extension': task(leadAgencyOnly),
  // A coordinating agency's own part: neither the lead nor the standing office speaks for it.
  'task.acknowledge_coordination': task(leadAgencyOnly, 'task_coordinator'),
  'task.report_contribution': task(leadAgencyOnly, 'task_coordinator'),
  'task.grant_extension': task(onlyStandingOffice),
  'task.reject_extension': task(onlyStandingOffice),
  'task.complete': task(leadAgencyOnly),
  'task.accept': task(onlyStandingOffice),
  'task.return': task(onlyStandingOffice),
  // An agency head hands a task to one of the agency's own units; the standing office to anyone.
  'task.reassign': task({
    officer: 'deny',
    agency_head: 'own',
    standing_office: 'any',
    leadership: 'deny',
    admin: 'deny',
  }),
  'task.escalate': task(onlyStandingOffice),
  'task.cancel': task(onlyStandingOffice),
  'task.reopen': task(onlyStandingOffice),
  // Files sent with a report: uploaded by the agencies that report on the task; read with the task (task.read).
  'task.upload_evidence': task(leadAgencyOnly, 'task_participant'),
  // Ý kiến chỉ đạo: those who steer the work. Trao đổi: everyone taking part in the task.
  'task.give_direction': task({
    officer: 'deny',
    agency_head: 'deny',
    standing_office: 'any',
    leadership: 'any',
    admin: 'deny',
  }),
  'task.comment': task(
    { officer: 'own', agency_head: 'own', standing_office: 'any', leadership: 'any', admin: 'deny' },
    'task_participant',
  ),
  'task.read': read(
    { officer: 'own', agency_head: 'own', standing_office: 'any', leadership: 'any', admin: 'deny' },
    'task_participant',
    'taskId',
  ),

  // Read models. List queries are narrowed to the actor's agency where the role says `own`.
  'task.list': read(
    { officer: 'own', agency_head: 'own', standing_office: 'any', leadership: 'any', admin: 'deny' },
    'task_participant',
  ),
  'dashboard.read': read(
    { officer: 'own', agency_head: 'own', standing_office: 'any', leadership: 'any', admin: 'deny' },
    'task_participant',
  ),
  /** The ranking of every agency the standing office reports to the Steering Committee. */
  'dashboard.read_scoreboard': read({
    officer: 'deny',
    agency_head: 'deny',
    standing_office: 'any',
    leadership: 'any',
    admin: 'deny',
  }),
  'audit.read': read(
    { officer: 'deny', agency_head: 'own', standing_office: 'any', leadership: 'any', admin: 'any' },
    'task_participant',
  ),
  /** The working-day calendar deadlines are counted with: public knowledge. */
  'calendar.read': read(everyone),
  /** Everyone reads their own in-app notifications. */
  'notification.read': read(everyone),
  /** ...and marks them read: their own state, not a fact of the work (a 404 for anyone else's). */
  'notification.mark_read': cityWide(everyone),

  // Operations: the BullMQ queue dashboard (/queues, bull-board), for administrators only.
  // Its routes are express middleware, not Nest routes: the dashboard's own guard applies this row.
  'operations.queue_dashboard': read(onlyAdmin),
} as const satisfies Record<string, ActionPolicy>;

export type PolicyAction = keyof typeof POLICY_TABLE;

export const POLICY_ROLES: readonly PolicyRole[] = [
  'officer',
  'agency_head',
  'standing_office',
  'leadership',
  'admin',
];

export function isPolicyAction(action: string): action is PolicyAction {
  return Object.prototype.hasOwnProperty.call(POLICY_TABLE, action);
}
