import { givenEvents } from '@giaoviec/kernel/testing';
import type { ContributionReported, CoordinationAcknowledged, TaskEvent } from './task.events';
import type { ReportContribution } from './task.commands';
import { taskDecider } from './task.decider';
import type { AssignedTaskState } from './task.state';
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
  DUE,
  LEAD,
  on,
  OUTSIDER,
  TASK_ID,
  TODAY,
} from './task.test-fixtures';

const acknowledgeCoordination = (note?: string) =>
  ({ type: 'AcknowledgeCoordination', data: { taskId: TASK_ID, note } }) as const;

const reportContribution = (overrides: Partial<ReportContribution['data']> = {}): ReportContribution => ({
  type: 'ReportContribution',
  data: {
    taskId: TASK_ID,
    reportId: 'contribution-1',
    summary: 'Đã bố trí kinh phí 2 tỷ đồng cho phần mềm cấp phép',
    ...overrides,
  },
});

const coordinationAcknowledged = (
  agencyId = COORDINATOR,
  acknowledgedOn = '2026-05-18',
): CoordinationAcknowledged => ({
  type: 'CoordinationAcknowledged',
  data: { taskId: TASK_ID, agencyId, acknowledgedOn },
});

const contributionReported = (
  reportedOn = '2026-05-25',
  reportId = `contribution-${reportedOn}`,
  dueDate: string | null = DUE,
): ContributionReported => ({
  type: 'ContributionReported',
  data: {
    taskId: TASK_ID,
    agencyId: COORDINATOR,
    reportId,
    summary: 'Đã thẩm định dự toán',
    reportedOn,
    dueDate,
    onTime: dueDate === null || reportedOn <= dueDate,
  },
});

const fold = (events: readonly TaskEvent[]) =>
  events.reduce(taskDecider.evolve, taskDecider.initialState()) as AssignedTaskState;

describe('Task: a coordinating agency acknowledges its part', () => {
  it('is recorded for the coordinating agency, dated today', () => {
    givenEvents(taskDecider, [assigned()])
      .when(acknowledgeCoordination(' Giao Phòng Ngân sách phối hợp '), asCoordinator())
      .then([
        {
          type: 'CoordinationAcknowledged',
          data: {
            taskId: TASK_ID,
            agencyId: COORDINATOR,
            note: 'Giao Phòng Ngân sách phối hợp',
            acknowledgedOn: TODAY,
          },
        },
      ]);
  });

  it('does not wait for the lead agency to acknowledge the task', () => {
    givenEvents(taskDecider, [assigned()])
      .when(acknowledgeCoordination(), asCoordinator())
      .thenMatch([{ type: 'CoordinationAcknowledged' }]);
  });

  it('is refused to the lead agency, which answers for the whole task', () => {
    const violation = givenEvents(taskDecider, [assigned(), acknowledged()])
      .when(acknowledgeCoordination(), asLead())
      .thenFails('coordination.lead_agency');
    expect(violation.kind).toBe('state_conflict');
  });

  it('is refused to an agency the task does not name as coordinating, and to the standing office', () => {
    for (const context of [asOutsider(), asStandingOffice()]) {
      givenEvents(taskDecider, [assigned()])
        .when(acknowledgeCoordination(), context)
        .thenFails('coordination.not_coordinating_agency');
    }
  });

  it('is given once, like the lead agency’s: a second one is refused and records nothing', () => {
    const violation = givenEvents(taskDecider, [assigned(), coordinationAcknowledged()])
      .when(acknowledgeCoordination(), asCoordinator())
      .thenFails('coordination.already_acknowledged');
    expect(violation.details).toMatchObject({ acknowledgedOn: '2026-05-18' });
  });

  it('is refused on a cancelled or accepted task', () => {
    givenEvents(taskDecider, [assigned(), cancelled()])
      .when(acknowledgeCoordination(), asCoordinator())
      .thenFails('task.closed');
    givenEvents(taskDecider, [assigned(), acknowledged(), completed(), completionAccepted])
      .when(acknowledgeCoordination(), asCoordinator())
      .thenFails('task.closed');
  });

  it('is refused to an agency that became the lead by reassignment', () => {
    const reassigned: TaskEvent = {
      type: 'TaskReassigned',
      data: {
        taskId: TASK_ID,
        fromAgencyId: LEAD,
        toAgencyId: COORDINATOR,
        reason: 'Đổi chủ trì',
        cause: 'manual',
      },
    };
    givenEvents(taskDecider, [assigned(), reassigned])
      .when(acknowledgeCoordination(), asCoordinator())
      .thenFails('coordination.lead_agency');
  });

  it('is refused to a commune merged away; the surviving commune takes its part on', () => {
    const merged: TaskEvent = {
      type: 'CoordinatingAgenciesMerged',
      data: { taskId: TASK_ID, mergedAgencyIds: [COORDINATOR], intoAgencyId: OUTSIDER, reason: 'Sáp nhập' },
    };
    givenEvents(taskDecider, [assigned(), merged])
      .when(acknowledgeCoordination(), asCoordinator())
      .thenFails('coordination.not_coordinating_agency');
    expect(
      givenEvents(taskDecider, [assigned(), merged])
        .when(acknowledgeCoordination(), asOutsider())
        .thenMatch([{ type: 'CoordinationAcknowledged' }])[0]?.data,
    ).toMatchObject({ agencyId: OUTSIDER });
  });
});

describe('Task: a coordinating agency reports its contribution', () => {
  it('is recorded with its deadline in force and judged on time', () => {
    givenEvents(taskDecider, [assigned(), coordinationAcknowledged()])
      .when(reportContribution({ percentComplete: 50 }), asCoordinator())
      .then([
        {
          type: 'ContributionReported',
          data: {
            taskId: TASK_ID,
            agencyId: COORDINATOR,
            reportId: 'contribution-1',
            summary: 'Đã bố trí kinh phí 2 tỷ đồng cho phần mềm cấp phép',
            percentComplete: 50,
            reportedOn: TODAY,
            dueDate: DUE,
            onTime: true,
          },
        },
      ]);
  });

  it('is judged late after the deadline in force, and on time without a deadline', () => {
    expect(
      givenEvents(taskDecider, [assigned(), coordinationAcknowledged()])
        .when(reportContribution(), on('2026-07-01', COORDINATOR))
        .thenMatch([{ type: 'ContributionReported' }])[0]?.data,
    ).toMatchObject({ reportedOn: '2026-07-01', dueDate: DUE, onTime: false });
    expect(
      givenEvents(taskDecider, [assigned({ dueDate: null }), coordinationAcknowledged()])
        .when(reportContribution(), asCoordinator())
        .thenMatch([{ type: 'ContributionReported' }])[0]?.data,
    ).toMatchObject({ dueDate: null, onTime: true });
  });

  it('is judged against an extended deadline', () => {
    const granted: TaskEvent = {
      type: 'ExtensionGranted',
      data: { taskId: TASK_ID, requestId: 'ext-1', previousDueDate: DUE, newDueDate: '2026-07-31' },
    };
    expect(
      givenEvents(taskDecider, [assigned(), coordinationAcknowledged(), granted])
        .when(reportContribution(), on('2026-07-10', COORDINATOR))
        .thenMatch([{ type: 'ContributionReported' }])[0]?.data,
    ).toMatchObject({ dueDate: '2026-07-31', onTime: true });
  });

  it('needs the part acknowledged first', () => {
    givenEvents(taskDecider, [assigned()])
      .when(reportContribution(), asCoordinator())
      .thenFails('coordination.not_acknowledged');
  });

  it('records nothing when the same report id comes again (a retry)', () => {
    givenEvents(taskDecider, [
      assigned(),
      coordinationAcknowledged(),
      contributionReported('2026-05-25', 'contribution-1'),
    ])
      .when(reportContribution(), asCoordinator())
      .then([]);
  });

  it('may be reported again with a new id, while the task awaits review too', () => {
    expect(
      givenEvents(taskDecider, [
        assigned(),
        coordinationAcknowledged(),
        contributionReported(),
        acknowledged(),
        completed(),
      ])
        .when(reportContribution({ reportId: 'contribution-2' }), asCoordinator())
        .thenMatch([{ type: 'ContributionReported' }])[0]?.data,
    ).toMatchObject({ reportId: 'contribution-2' });
  });

  it('needs a summary and a percentage from 0 to 100', () => {
    givenEvents(taskDecider, [assigned(), coordinationAcknowledged()])
      .when(reportContribution({ summary: '  ' }), asCoordinator())
      .thenFails('coordination.summary_required');
    givenEvents(taskDecider, [assigned(), coordinationAcknowledged()])
      .when(reportContribution({ percentComplete: 120 }), asCoordinator())
      .thenFails('progress.invalid_percent');
  });

  it('is refused to the lead agency, to other agencies and on a closed task', () => {
    givenEvents(taskDecider, [assigned(), acknowledged()])
      .when(reportContribution(), asLead())
      .thenFails('coordination.lead_agency');
    givenEvents(taskDecider, [assigned()])
      .when(reportContribution(), asOutsider())
      .thenFails('coordination.not_coordinating_agency');
    givenEvents(taskDecider, [assigned(), coordinationAcknowledged(), cancelled()])
      .when(reportContribution(), asCoordinator())
      .thenFails('task.closed');
  });
});

describe('Task: each coordinator’s state, folded', () => {
  it('goes from not acknowledged to acknowledged to contribution reported, keeping the first judgement', () => {
    expect(fold([assigned()]).coordinators).toEqual([
      expect.objectContaining({ agencyId: COORDINATOR, state: 'not_acknowledged', contributedOnTime: null }),
    ]);
    expect(fold([assigned(), coordinationAcknowledged()]).coordinators[0]).toMatchObject({
      state: 'acknowledged',
      acknowledgedOn: '2026-05-18',
    });
    const after = fold([
      assigned(),
      coordinationAcknowledged(),
      contributionReported('2026-06-25'),
      contributionReported('2026-07-05'),
    ]).coordinators[0];
    expect(after).toMatchObject({
      state: 'contribution_reported',
      firstContributionOn: '2026-06-25',
      lastContributionOn: '2026-07-05',
      contributedOnTime: true,
    });
  });

  it('drops the part of an agency that becomes the lead, and carries a merged commune’s part to the survivor', () => {
    const reassigned: TaskEvent = {
      type: 'TaskReassigned',
      data: { taskId: TASK_ID, fromAgencyId: LEAD, toAgencyId: COORDINATOR, reason: 'Đổi', cause: 'manual' },
    };
    expect(fold([assigned(), coordinationAcknowledged(), reassigned]).coordinators).toEqual([]);
    const merged: TaskEvent = {
      type: 'CoordinatingAgenciesMerged',
      data: { taskId: TASK_ID, mergedAgencyIds: [COORDINATOR], intoAgencyId: OUTSIDER, reason: 'Sáp nhập' },
    };
    expect(
      fold([assigned(), coordinationAcknowledged(), contributionReported(), merged]).coordinators,
    ).toEqual([
      expect.objectContaining({
        agencyId: OUTSIDER,
        state: 'contribution_reported',
        lastContributionOn: '2026-05-25',
      }),
    ]);
  });

  it('folds streams recorded before coordinators had a state: every coordinating agency not acknowledged', () => {
    const old = assigned({ coordinatingAgencyIds: [COORDINATOR, OUTSIDER] });
    expect(fold([old, acknowledged()]).coordinators.map((part) => [part.agencyId, part.state])).toEqual([
      [COORDINATOR, 'not_acknowledged'],
      [OUTSIDER, 'not_acknowledged'],
    ]);
  });
});
