import { fold } from '@giaoviec/kernel';
import { givenEvents } from '@giaoviec/kernel/testing';
import { taskDecider } from './task.decider';
import { asStandingOffice, assignCommand, assigned } from './task.test-fixtures';

describe('Task: a deadline in working days, or moved off a day off', () => {
  const givenInWorkingDays = (from: string, workingDays: number, dueDate: string) =>
    givenEvents(taskDecider, [])
      .when(assignCommand({ dueDate: null, dueInWorkingDays: workingDays }), asStandingOffice(from))
      .then([assigned({ dueDate, assignedOn: from, dueDateGiven: { workingDays, from } })]);

  it('resolves "trong 15 ngày làm việc" across Tết 2026 and records how it was given', () => {
    // Assigned Monday 9/2/2026: Tết (16–20/2) is not counted.
    givenInWorkingDays('2026-02-09', 15, '2026-03-09');
  });

  it('counts across Quốc khánh 2026 (31/8–2/9 off, Saturday 22/8 worked)', () => {
    // 22/8, 24–28/8, then 3/9.
    givenInWorkingDays('2026-08-21', 7, '2026-09-03');
  });

  it('refuses to count across Tết 2027 while its days off are not announced', () => {
    givenEvents(taskDecider, [])
      .when(assignCommand({ dueDate: null, dueInWorkingDays: 15 }), asStandingOffice('2027-01-20'))
      .thenFails('calendar.not_announced');
  });

  it('moves a due date on a holiday to the next working day when asked, keeping the date given', () => {
    givenEvents(taskDecider, [])
      .when(
        assignCommand({ dueDate: '2026-09-02', dueDateRollsToNextWorkingDay: true }),
        asStandingOffice('2026-08-03'),
      )
      .then([assigned({ dueDate: '2026-09-03', assignedOn: '2026-08-03', dueDateRolledFrom: '2026-09-02' })]);
  });

  it('leaves a due date on a holiday as it is without the flag, and a working day as it is with it', () => {
    givenEvents(taskDecider, [])
      .when(assignCommand({ dueDate: '2026-02-17' }), asStandingOffice('2026-02-02'))
      .then([assigned({ dueDate: '2026-02-17', assignedOn: '2026-02-02' })]);
    givenEvents(taskDecider, [])
      .when(
        assignCommand({ dueDate: '2026-02-23', dueDateRollsToNextWorkingDay: true }),
        asStandingOffice('2026-02-02'),
      )
      .then([assigned({ dueDate: '2026-02-23', assignedOn: '2026-02-02' })]);
  });

  it('refuses working days with a due date or a recurrence, and a number that is not a whole 1–250', () => {
    for (const data of [
      { dueDate: '2026-07-01', dueInWorkingDays: 5 },
      { dueDate: null, dueInWorkingDays: 5, recurrence: { frequency: 'monthly' as const } },
      { dueDate: null, dueInWorkingDays: 0 },
      { dueDate: null, dueInWorkingDays: 2.5 },
      {
        dueDate: '2026-09-30',
        dueDateRollsToNextWorkingDay: true,
        recurrence: { frequency: 'quarterly' as const },
      },
    ]) {
      givenEvents(taskDecider, [])
        .when(assignCommand(data), asStandingOffice())
        .thenFails('task.invalid_working_day_deadline');
    }
  });

  it('folds a TaskAssigned recorded before working-day deadlines existed', () => {
    const state = fold(taskDecider, [assigned({ dueDate: '2026-06-30' })]);
    expect(state).toMatchObject({ dueDate: '2026-06-30' });
  });
});
