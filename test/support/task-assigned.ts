import type { Actor, LocalDate } from '@giaoviec/kernel';
import type { TaskAssignedData } from '@giaoviec/tasks';

/** For tests that write TaskAssigned straight into the log (assigning needs plans and agencies they have no use for). */
export const STANDING_OFFICE: Actor = { userId: 'u-so', agencyId: 'so-khcn', role: 'standing_office' };

/** A task of one lead agency due on `dueDate`, as the standing office's assignment records it. */
export function taskAssignedData(
  taskId: string,
  dueDate: LocalDate,
  overrides: Partial<TaskAssignedData> = {},
): TaskAssignedData {
  return {
    taskId,
    planId: 'plan-1',
    code: 'I.1',
    title: 'Xây dựng đề án chuyển đổi số',
    leadAgencyId: 'so-xay-dung',
    coordinatingAgencyIds: [],
    dueDate,
    recurrence: null,
    dueDateIsPeriodEnd: false,
    groupId: null,
    assignedByAgencyId: STANDING_OFFICE.agencyId,
    assignedOn: '2026-06-01',
    ...overrides,
  };
}

/** The metadata of an event a standing-office command recorded at `occurredAt`. */
export function standingOfficeMetadata(commandId: string, occurredAt: Date) {
  return {
    actor: STANDING_OFFICE,
    correlationId: commandId,
    causationId: commandId,
    commandId,
    occurredAt: occurredAt.toISOString(),
    schemaVersion: 1,
  };
}
