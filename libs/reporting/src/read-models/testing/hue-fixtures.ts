import type { RecordedEvent } from '@giaoviec/event-store';
import type { Actor } from '@giaoviec/kernel';
import type { TaskAssignedData } from '@giaoviec/tasks';
import { SYSTEM_ACTOR, TestEventLog } from './event-log';

/** Agencies and a plan of Huế, and short-hands for the events of a task's life. */
export const PLAN_ID = 'kh-495';
export const OTHER_PLAN_ID = 'kh-160';
export const SO_KHCN = 'so-khcn';
export const SO_TAI_CHINH = 'so-tai-chinh';
export const SO_Y_TE = 'so-y-te';
export const PHUONG_THUAN_HOA = 'phuong-thuan-hoa';
export const PHUONG_PHU_XUAN = 'phuong-phu-xuan';

export const officerOf = (agencyId: string): Actor => ({
  userId: `u-${agencyId}`,
  agencyId,
  role: 'officer',
});
export const STANDING: Actor = { userId: 'u-standing', agencyId: SO_KHCN, role: 'standing_office' };

export function directoryHistory(log: TestEventLog): RecordedEvent[] {
  const admin: Actor = { userId: 'u-admin', agencyId: 'van-phong', role: 'admin' };
  return [
    log.agency(
      'AgencyRegistered',
      { agencyId: SO_KHCN, name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN', kind: 'department' },
      { actor: admin },
    ),
    log.agency(
      'AgencyRegistered',
      { agencyId: SO_TAI_CHINH, name: 'Sở Tài chính', kind: 'department' },
      { actor: admin },
    ),
    log.agency(
      'AgencyRegistered',
      { agencyId: SO_Y_TE, name: 'Sở Y tế', kind: 'department' },
      { actor: admin },
    ),
    log.agency(
      'AgencyRegistered',
      { agencyId: PHUONG_THUAN_HOA, name: 'UBND phường Thuận Hóa', kind: 'commune' },
      { actor: admin },
    ),
    log.agency(
      'AgencyRegistered',
      { agencyId: PHUONG_PHU_XUAN, name: 'UBND phường Phú Xuân', kind: 'commune' },
      { actor: admin },
    ),
    log.plan(
      'PlanIssued',
      {
        planId: PLAN_ID,
        number: '495/KH-UBND',
        title: 'Kế hoạch chuyển đổi số năm 2026',
        issuedOn: '2025-12-31',
        signer: { name: 'Nguyễn Khắc Toàn', title: 'Chủ tịch' },
        issuingAuthority: 'UBND thành phố Huế',
        period: { from: '2026-01-01', to: '2026-12-31' },
        legalBases: [],
        standingAgencyId: SO_KHCN,
      },
      { actor: STANDING },
    ),
    log.plan(
      'PlanIssued',
      {
        planId: OTHER_PLAN_ID,
        number: '160/KH-UBND',
        title: 'Kế hoạch phát triển khoa học, công nghệ',
        issuedOn: '2026-03-01',
        signer: { name: 'Hoàng Hải Minh', title: 'Phó Chủ tịch' },
        issuingAuthority: 'UBND thành phố Huế',
        period: { from: '2026-03-01', to: '2027-12-31' },
        legalBases: [],
        standingAgencyId: SO_KHCN,
      },
      { actor: STANDING },
    ),
  ];
}

/** Short-hands for task events; each takes the task id first and is recorded on `task-<id>`. */
export class TaskEvents {
  constructor(readonly log: TestEventLog) {}

  assigned(taskId: string, overrides: Partial<TaskAssignedData> = {}, at?: string): RecordedEvent {
    const data: TaskAssignedData = {
      taskId,
      planId: PLAN_ID,
      code: null,
      title: `Nhiệm vụ ${taskId}`,
      leadAgencyId: SO_TAI_CHINH,
      coordinatingAgencyIds: [],
      dueDate: '2026-06-30',
      recurrence: null,
      dueDateIsPeriodEnd: false,
      groupId: null,
      assignedByAgencyId: SO_KHCN,
      assignedOn: '2026-06-01',
      ...overrides,
    };
    return this.log.task('TaskAssigned', data, { actor: STANDING, occurredAt: at });
  }

  acknowledged(taskId: string, agencyId: string, at?: string): RecordedEvent {
    return this.log.task(
      'TaskAcknowledged',
      { taskId, agencyId },
      { actor: officerOf(agencyId), occurredAt: at },
    );
  }

  progress(taskId: string, agencyId: string, summary: string, reportedOn: string, percentComplete?: number) {
    return this.log.task(
      'ProgressReported',
      { taskId, reportId: `r-${taskId}-${reportedOn}`, agencyId, summary, reportedOn, percentComplete },
      { actor: officerOf(agencyId), occurredAt: `${reportedOn}T03:00:00.000Z` },
    );
  }

  completed(taskId: string, agencyId: string, completedOn: string, dueDate: string | null) {
    return this.log.task(
      'TaskCompleted',
      { taskId, agencyId, result: 'Đã hoàn thành', completedOn, dueDate },
      { actor: officerOf(agencyId), occurredAt: `${completedOn}T03:00:00.000Z` },
    );
  }

  accepted(taskId: string) {
    return this.log.task('CompletionAccepted', { taskId }, { actor: STANDING });
  }

  returned(taskId: string, reason = 'Thiếu hồ sơ') {
    return this.log.task('CompletionReturned', { taskId, reason }, { actor: STANDING });
  }

  cancelled(taskId: string, reason = 'Không còn phù hợp') {
    return this.log.task('TaskCancelled', { taskId, reason }, { actor: STANDING });
  }

  reopened(taskId: string, newDueDate?: string) {
    return this.log.task(
      'TaskReopened',
      { taskId, reason: 'Tiếp tục thực hiện', newDueDate },
      { actor: STANDING },
    );
  }

  reassigned(taskId: string, fromAgencyId: string, toAgencyId: string) {
    return this.log.task(
      'TaskReassigned',
      { taskId, fromAgencyId, toAgencyId, reason: 'Điều chỉnh phân công', cause: 'manual' },
      { actor: STANDING },
    );
  }

  extensionRequested(taskId: string, currentDueDate: string, requestedDueDate: string, at: string) {
    return this.log.task(
      'ExtensionRequested',
      {
        taskId,
        requestId: `x-${taskId}-${requestedDueDate}`,
        currentDueDate,
        requestedDueDate,
        reason: 'Chờ ý kiến thẩm định',
      },
      { actor: officerOf(SO_TAI_CHINH), occurredAt: at },
    );
  }

  extensionRejected(taskId: string, requestedDueDate: string) {
    return this.log.task(
      'ExtensionRejected',
      { taskId, requestId: `x-${taskId}-${requestedDueDate}`, reason: 'Không đủ căn cứ' },
      { actor: STANDING },
    );
  }

  extensionGranted(taskId: string, previousDueDate: string, newDueDate: string) {
    return this.log.task(
      'ExtensionGranted',
      { taskId, requestId: `x-${taskId}-${newDueDate}`, previousDueDate, newDueDate },
      { actor: STANDING },
    );
  }

  reminded(
    taskId: string,
    kind: string,
    dueDate: string,
    at: string,
    channel = 'email',
    recipients = ['a@hue.gov.vn'],
  ) {
    return this.log.task(
      'ReminderSent',
      { taskId, kind, channel, recipients, dueDate },
      { actor: SYSTEM_ACTOR, occurredAt: at },
    );
  }

  escalated(
    taskId: string,
    level: 'standing_office' | 'steering_committee',
    dueDate: string,
    daysOverdue: number,
    at: string,
  ) {
    return this.log.task(
      'TaskEscalated',
      { taskId, level, dueDate, daysOverdue, reason: 'Quá hạn chưa báo cáo' },
      { actor: STANDING, occurredAt: at },
    );
  }
}
