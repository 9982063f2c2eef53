import { DomainRuleViolation } from '@giaoviec/kernel';
import { fanOutAssignment, type FanOutAgency, type FanOutAssignment } from './fan-out-assignment';
import { asStandingOffice, PLAN_ENDS_ON, PLAN_ID, STANDING_OFFICE, TODAY } from './task.test-fixtures';

const agencies: FanOutAgency[] = [
  { agencyId: 'so-noi-vu', kind: 'department', active: true },
  { agencyId: 'phuong-an-cuu', kind: 'commune', active: true },
  { agencyId: 'phuong-vy-da', kind: 'commune', active: false },
  { agencyId: 'xa-phu-vang', kind: 'commune', active: true },
  { agencyId: 'ban-quan-ly', kind: 'other', active: true },
];

const assignment = (overrides: Partial<FanOutAssignment> = {}): FanOutAssignment => ({
  planId: PLAN_ID,
  code: 'IV.2',
  title: 'Rà soát thủ tục hành chính cấp xã',
  coordinatingAgencyIds: ['so-noi-vu', 'xa-phu-vang'],
  dueDate: '2026-09-30',
  planEndsOn: PLAN_ENDS_ON,
  groupId: 'group-iv-2',
  taskIdFor: (communeId) => `task-iv-2-${communeId}`,
  ...overrides,
});

describe('fanOutAssignment', () => {
  it('assigns one task to each active commune, all in one group', () => {
    const tasks = fanOutAssignment(assignment(), agencies, asStandingOffice());
    expect(tasks.map((t) => [t.taskId, t.leadAgencyId])).toEqual([
      ['task-iv-2-phuong-an-cuu', 'phuong-an-cuu'],
      ['task-iv-2-xa-phu-vang', 'xa-phu-vang'],
    ]);
    expect(tasks[0].events).toEqual([
      {
        type: 'TaskAssigned',
        data: {
          taskId: 'task-iv-2-phuong-an-cuu',
          planId: PLAN_ID,
          code: 'IV.2',
          title: 'Rà soát thủ tục hành chính cấp xã',
          leadAgencyId: 'phuong-an-cuu',
          coordinatingAgencyIds: ['so-noi-vu', 'xa-phu-vang'],
          dueDate: '2026-09-30',
          recurrence: null,
          dueDateIsPeriodEnd: false,
          groupId: 'group-iv-2',
          assignedByAgencyId: STANDING_OFFICE,
          assignedOn: TODAY,
          planEndsOn: PLAN_ENDS_ON,
        },
      },
    ]);
  });

  it('leaves a commune out of its own task’s coordinating agencies', () => {
    const [, phuVang] = fanOutAssignment(assignment(), agencies, asStandingOffice());
    expect(phuVang.events[0].data.coordinatingAgencyIds).toEqual(['so-noi-vu']);
    expect(phuVang.command).toEqual({
      type: 'AssignTask',
      data: expect.objectContaining({
        taskId: 'task-iv-2-xa-phu-vang',
        leadAgencyId: 'xa-phu-vang',
        groupId: 'group-iv-2',
      }),
    });
  });

  it('takes task ids from a map or a plain object as well as a function', () => {
    const ids = { 'phuong-an-cuu': 't-1', 'xa-phu-vang': 't-2' };
    expect(
      fanOutAssignment(assignment({ taskIdFor: ids }), agencies, asStandingOffice()).map((t) => t.taskId),
    ).toEqual(['t-1', 't-2']);
    expect(
      fanOutAssignment(
        assignment({ taskIdFor: new Map(Object.entries(ids)) }),
        agencies,
        asStandingOffice(),
      ).map((t) => t.taskId),
    ).toEqual(['t-1', 't-2']);
  });

  it('refuses when there is no active commune', () => {
    const attempt = () =>
      fanOutAssignment(
        assignment(),
        agencies.filter((a) => a.agencyId !== 'phuong-an-cuu' && a.agencyId !== 'xa-phu-vang'),
        asStandingOffice(),
      );
    expect(attempt).toThrow(DomainRuleViolation);
    expect(attempt).toThrow(
      'Task group group-iv-2 cannot be assigned to all communes: there is no active commune.',
    );
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ rule: 'task.fan_out_no_active_commune', kind: 'unprocessable' });
    }
  });

  it('applies the rules of a single assignment to every task', () => {
    expect(() => fanOutAssignment(assignment({ title: ' ' }), agencies, asStandingOffice())).toThrow(
      expect.objectContaining({ rule: 'task.title_required' }),
    );
  });

  it('treats missing or repeated task ids as a programming error, not a rule', () => {
    expect(() => fanOutAssignment(assignment({ taskIdFor: {} }), agencies, asStandingOffice())).toThrow(
      'No task id was given for commune phuong-an-cuu',
    );
    expect(() =>
      fanOutAssignment(assignment({ taskIdFor: () => 'same' }), agencies, asStandingOffice()),
    ).toThrow(/more than one commune/);
  });
});
