import { NO_COORDINATOR_RECORD } from '../dashboard/coordinator-record.sql';
import { rankScoreboard, type LeadPeriodRecord, type ScoreboardEntry } from './scoreboard-ranking';

const lead = (due: number, onTime: number, overdue = 0): LeadPeriodRecord => ({
  due,
  completed_on_time: onTime,
  completed_late: due - onTime - overdue,
  still_overdue: overdue,
  in_progress: 0,
});

const entry = (
  agencyId: string,
  agencyName: string,
  record: LeadPeriodRecord,
  coordinator = NO_COORDINATOR_RECORD,
): ScoreboardEntry => ({
  agencyId,
  agencyName,
  shortName: null,
  kind: 'department',
  lead: record,
  coordinator,
});

const order = (entries: ScoreboardEntry[]) =>
  rankScoreboard(entries).map((ranked) => [ranked.agencyId, ranked.rank, ranked.leadOnTimeRate]);

describe('the agency scoreboard’s ordering rule', () => {
  it('puts the higher on-time rate as lead first, comparing exact fractions, and an agency with nothing due last', () => {
    expect(
      order([
        entry('c', 'Sở Công Thương', lead(3, 2)),
        entry('none', 'Sở Nội vụ', lead(0, 0)),
        entry('a', 'Sở Tài chính', lead(3, 3)),
        entry('b', 'Sở Y tế', lead(6, 4)),
      ]),
    ).toEqual([
      ['a', 1, 100],
      // 2/3 and 4/6 are the same rate: fewer overdue, then more due decide; here more due.
      ['b', 2, 66.7],
      ['c', 3, 66.7],
      ['none', 4, null],
    ]);
  });

  it('breaks a tie on the rate by fewer tasks still overdue, then by the record as coordinator', () => {
    const coordinatorOnTime = { tasks: 2, not_acknowledged: 0, on_time: 2, late: 0, overdue: 0 };
    const coordinatorLate = { tasks: 2, not_acknowledged: 0, on_time: 1, late: 0, overdue: 1 };
    expect(
      order([
        entry('overdue', 'A', lead(4, 2, 2)),
        entry('late', 'B', lead(4, 2, 0), coordinatorLate),
        entry('helpful', 'C', lead(4, 2, 0), coordinatorOnTime),
      ]).map(([id, rank]) => [id, rank]),
    ).toEqual([
      ['helpful', 1],
      ['late', 2],
      ['overdue', 3],
    ]);
  });

  it('gives agencies equal on every criterion the same rank, listed by their names in Vietnamese order', () => {
    expect(
      order([
        entry('x', 'UBND phường Vỹ Dạ', lead(2, 2)),
        entry('y', 'UBND phường An Cựu', lead(2, 2)),
        entry('z', 'UBND phường Đông Ba', lead(1, 0)),
      ]),
    ).toEqual([
      ['y', 1, 100],
      ['x', 1, 100],
      ['z', 3, 0],
    ]);
  });
});
