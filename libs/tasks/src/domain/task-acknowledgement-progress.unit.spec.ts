import { givenEvents } from '@giaoviec/kernel/testing';
import type { ReportProgress } from './task.commands';
import { taskDecider } from './task.decider';
import {
  acknowledged,
  asCoordinator,
  asLead,
  asOutsider,
  asStandingOffice,
  assigned,
  cancelled,
  completed,
  completionAccepted,
  COORDINATOR,
  inProgress,
  LEAD,
  OUTSIDER,
  TASK_ID,
  TODAY,
} from './task.test-fixtures';

const acknowledge = (note?: string) =>
  ({ type: 'AcknowledgeTask', data: { taskId: TASK_ID, note } }) as const;

const report = (overrides: Partial<ReportProgress['data']> = {}): ReportProgress => ({
  type: 'ReportProgress',
  data: { taskId: TASK_ID, reportId: 'report-9', summary: 'Hoàn thành 60% khối lượng', ...overrides },
});

describe('Task: acknowledgement', () => {
  it('is given by the lead agency', () => {
    givenEvents(taskDecider, [assigned()])
      .when(acknowledge(' Đã nhận, giao Phòng Quản lý xây dựng '), asLead())
      .then([
        {
          type: 'TaskAcknowledged',
          data: { taskId: TASK_ID, agencyId: LEAD, note: 'Đã nhận, giao Phòng Quản lý xây dựng' },
        },
      ]);
  });

  it('is refused from any other agency, even a coordinating one or the standing office', () => {
    for (const context of [asCoordinator(), asOutsider(), asStandingOffice()]) {
      const violation = givenEvents(taskDecider, [assigned()])
        .when(acknowledge(), context)
        .thenFails('task.not_lead_agency');
      expect(violation.kind).toBe('state_conflict');
      expect(violation.message).toBe(
        `Only the lead agency ${LEAD} can acknowledge task ${TASK_ID}; agency ${context.actor.agencyId} cannot.`,
      );
    }
  });

  it('is given only once', () => {
    givenEvents(taskDecider, inProgress())
      .when(acknowledge(), asLead())
      .thenFails('task.already_acknowledged');
  });

  it('is refused on a cancelled task', () => {
    givenEvents(taskDecider, [assigned(), cancelled()])
      .when(acknowledge(), asLead())
      .thenFails('task.closed');
  });
});

describe('Task: progress reports', () => {
  it('are reported by the lead agency, dated today', () => {
    givenEvents(taskDecider, inProgress())
      .when(report({ percentComplete: 60 }), asLead())
      .then([
        {
          type: 'ProgressReported',
          data: {
            taskId: TASK_ID,
            reportId: 'report-9',
            agencyId: LEAD,
            summary: 'Hoàn thành 60% khối lượng',
            percentComplete: 60,
            reportedOn: TODAY,
          },
        },
      ]);
  });

  it('are reported by a coordinating agency on its share, even before the lead agency acknowledged', () => {
    givenEvents(taskDecider, [assigned()])
      .when(report(), asCoordinator())
      .then([
        {
          type: 'ProgressReported',
          data: {
            taskId: TASK_ID,
            reportId: 'report-9',
            agencyId: COORDINATOR,
            summary: 'Hoàn thành 60% khối lượng',
            reportedOn: TODAY,
          },
        },
      ]);
  });

  it('are refused from the lead agency until it has acknowledged the task', () => {
    const violation = givenEvents(taskDecider, [assigned()])
      .when(report(), asLead())
      .thenFails('task.not_acknowledged');
    expect(violation.message).toBe(
      `Task ${TASK_ID} has not been acknowledged by its lead agency ${LEAD}; acknowledge it before you report progress.`,
    );
  });

  it('are refused from an agency that takes no part in the task', () => {
    const violation = givenEvents(taskDecider, inProgress())
      .when(report(), asOutsider())
      .thenFails('task.not_participating_agency');
    expect(violation.message).toContain(OUTSIDER);
  });

  it('are refused on a cancelled or an accepted task', () => {
    givenEvents(taskDecider, [...inProgress(), cancelled()])
      .when(report(), asLead())
      .thenFails('task.closed');
    const violation = givenEvents(taskDecider, [...inProgress(), completed(), completionAccepted])
      .when(report(), asLead())
      .thenFails('task.closed');
    expect(violation.message).toBe(
      `Task ${TASK_ID} is accepted and therefore closed; it cannot receive progress reports unless it is reopened.`,
    );
  });

  it('are refused while a completion awaits review', () => {
    givenEvents(taskDecider, [...inProgress(), completed()])
      .when(report(), asCoordinator())
      .thenFails('task.awaiting_review');
  });

  it('need a summary', () => {
    const violation = givenEvents(taskDecider, inProgress())
      .when(report({ summary: ' ' }), asLead())
      .thenFails('progress.summary_required');
    expect(violation.kind).toBe('unprocessable');
  });

  it.each([-1, 101, Number.NaN])('refuse a percentage outside 0..100 (%p)', (percentComplete) => {
    givenEvents(taskDecider, inProgress())
      .when(report({ percentComplete }), asLead())
      .thenFails('progress.invalid_percent');
  });

  it.each([0, 100, 37.5])('accept a percentage within 0..100 (%p)', (percentComplete) => {
    givenEvents(taskDecider, inProgress())
      .when(report({ percentComplete }), asLead())
      .thenMatch([{ type: 'ProgressReported' }]);
  });

  it('are accepted again once the lead agency acknowledged after a reassignment', () => {
    givenEvents(taskDecider, [
      ...inProgress(),
      {
        type: 'TaskReassigned',
        data: { taskId: TASK_ID, fromAgencyId: LEAD, toAgencyId: OUTSIDER, reason: 'r', cause: 'manual' },
      },
      acknowledged(OUTSIDER),
    ])
      .when(report(), asOutsider())
      .thenMatch([{ type: 'ProgressReported', data: expect.objectContaining({ agencyId: OUTSIDER }) }]);
  });
});
