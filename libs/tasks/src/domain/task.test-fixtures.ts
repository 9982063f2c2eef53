import type { DecisionContext, LocalDate, Role } from '@giaoviec/kernel';
import { decisionContext } from '@giaoviec/kernel/testing';
import type { AssignTask } from './task.commands';
import type {
  EscalationLevel,
  ExtensionRequested,
  PeriodicReportSubmitted,
  ProgressReported,
  RecurringPeriodOpened,
  ReminderSent,
  TaskAcknowledged,
  TaskAssigned,
  TaskAssignedData,
  TaskCancelled,
  TaskCompleted,
  TaskEscalated,
} from './task.events';

/** Shared givens for the task specs: a plan of Huế, its standing office, a lead and a coordinating agency. */
export const TASK_ID = 'task-495-III.5.2';
export const PLAN_ID = 'plan-495-KH-UBND';
export const STANDING_OFFICE = 'agency-so-khcn';
export const LEAD = 'agency-so-xay-dung';
export const COORDINATOR = 'agency-so-tai-chinh';
export const OUTSIDER = 'agency-phuong-an-cuu';
export const DUE = '2026-06-30';
export const TODAY = '2026-06-01';
/** The last day of the plan's period. */
export const PLAN_ENDS_ON = '2030-12-31';

/** A context on a calendar day in Huế (09:00 local time), as an actor of an agency. */
export function on(
  day: LocalDate,
  agencyId = STANDING_OFFICE,
  role: Role = agencyId === STANDING_OFFICE ? 'standing_office' : 'officer',
): DecisionContext {
  return decisionContext({
    actor: { userId: `user-of-${agencyId}`, agencyId, role },
    at: `${day}T02:00:00.000Z`,
  });
}

export const asStandingOffice = (day: LocalDate = TODAY) => on(day, STANDING_OFFICE);
export const asLead = (day: LocalDate = TODAY) => on(day, LEAD);
export const asCoordinator = (day: LocalDate = TODAY) => on(day, COORDINATOR);
export const asOutsider = (day: LocalDate = TODAY) => on(day, OUTSIDER);
export const asSystem = (day: LocalDate = TODAY) => on(day, STANDING_OFFICE, 'system');

export function assignCommand(overrides: Partial<AssignTask['data']> = {}): AssignTask {
  return {
    type: 'AssignTask',
    data: {
      taskId: TASK_ID,
      planId: PLAN_ID,
      code: 'III.5.2',
      title: 'Chuyển đổi số quy trình cấp phép xây dựng',
      leadAgencyId: LEAD,
      coordinatingAgencyIds: [COORDINATOR],
      dueDate: DUE,
      planEndsOn: PLAN_ENDS_ON,
      ...overrides,
    },
  };
}

export function assigned(overrides: Partial<TaskAssignedData> = {}): TaskAssigned {
  return {
    type: 'TaskAssigned',
    data: {
      taskId: TASK_ID,
      planId: PLAN_ID,
      code: 'III.5.2',
      title: 'Chuyển đổi số quy trình cấp phép xây dựng',
      leadAgencyId: LEAD,
      coordinatingAgencyIds: [COORDINATOR],
      dueDate: DUE,
      recurrence: null,
      dueDateIsPeriodEnd: false,
      groupId: null,
      assignedByAgencyId: STANDING_OFFICE,
      assignedOn: '2026-05-15',
      planEndsOn: PLAN_ENDS_ON,
      ...overrides,
    },
  };
}

export const acknowledged = (agencyId = LEAD): TaskAcknowledged => ({
  type: 'TaskAcknowledged',
  data: { taskId: TASK_ID, agencyId },
});

export const progressReported = (
  reportedOn: LocalDate = '2026-05-20',
  agencyId = LEAD,
): ProgressReported => ({
  type: 'ProgressReported',
  data: {
    taskId: TASK_ID,
    reportId: `report-${reportedOn}`,
    agencyId,
    summary: 'Đã xây dựng dự thảo quy trình',
    reportedOn,
  },
});

export const extensionRequested = (
  requestId = 'ext-1',
  requestedDueDate: LocalDate = '2026-07-31',
  currentDueDate: LocalDate = DUE,
): ExtensionRequested => ({
  type: 'ExtensionRequested',
  data: { taskId: TASK_ID, requestId, currentDueDate, requestedDueDate, reason: 'Chờ kinh phí bổ sung' },
});

export const completed = (
  completedOn: LocalDate = '2026-06-20',
  dueDate: LocalDate | null = DUE,
): TaskCompleted => ({
  type: 'TaskCompleted',
  data: { taskId: TASK_ID, agencyId: LEAD, result: 'Quy trình đã vận hành', completedOn, dueDate },
});

export const completionAccepted = { type: 'CompletionAccepted', data: { taskId: TASK_ID } } as const;

export const cancelled = (reason = 'Nội dung đã lồng ghép vào nhiệm vụ III.5.1'): TaskCancelled => ({
  type: 'TaskCancelled',
  data: { taskId: TASK_ID, reason },
});

export const escalated = (
  level: EscalationLevel,
  daysOverdue = 3,
  dueDate: LocalDate = DUE,
): TaskEscalated => ({
  type: 'TaskEscalated',
  data: { taskId: TASK_ID, level, dueDate, daysOverdue },
});

export const reminderSent = (kind = 'before_due_7d', dueDate: LocalDate = DUE): ReminderSent => ({
  type: 'ReminderSent',
  data: { taskId: TASK_ID, kind, channel: 'email', recipients: ['officer@soxaydung.hue.gov.vn'], dueDate },
});

/** Assigned and acknowledged: the lead agency is working on it. */
export const inProgress = () => [assigned(), acknowledged()];

/** The quarterly KPI report of Plan 284's amendment: due on the 20th of each quarter's last month, until 2026. */
export const QUARTERLY_KPI_REPORT = {
  frequency: 'quarterly',
  until: '2026-12-31',
  dueDayOfMonth: 20,
} as const;

export const periodOpened = (
  key: string,
  start: LocalDate,
  end: LocalDate,
  dueDate: LocalDate,
): RecurringPeriodOpened => ({
  type: 'RecurringPeriodOpened',
  data: { taskId: TASK_ID, period: { key, start, end }, dueDate },
});

export const q2Opened = () => periodOpened('2026-Q2', '2026-04-01', '2026-06-30', '2026-06-20');
export const q3Opened = () => periodOpened('2026-Q3', '2026-07-01', '2026-09-30', '2026-09-20');
export const q4Opened = () => periodOpened('2026-Q4', '2026-10-01', '2026-12-31', '2026-12-20');

export const periodicReportSubmitted = (
  opened: RecurringPeriodOpened,
  reportedOn: LocalDate,
  dueDate: LocalDate = opened.data.dueDate,
): PeriodicReportSubmitted => ({
  type: 'PeriodicReportSubmitted',
  data: {
    taskId: TASK_ID,
    reportId: `report-${opened.data.period.key}`,
    agencyId: LEAD,
    period: opened.data.period,
    dueDate,
    summary: 'Báo cáo kết quả KPI',
    reportedOn,
    onTime: reportedOn <= dueDate,
  },
});

/** A quarterly report assigned in May 2026 and acknowledged: the second quarter is in hand, due 20 June. */
export const recurringInProgress = () => [
  assigned({ dueDate: '2026-06-20', recurrence: QUARTERLY_KPI_REPORT }),
  q2Opened(),
  acknowledged(),
];
