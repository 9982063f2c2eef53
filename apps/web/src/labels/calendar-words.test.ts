import { describe, expect, it } from 'vitest';
import { dayOffDueDateHelp, workingDayDeadlineHelp } from './calendar-words';

describe('the working-day calendar, in words', () => {
  it('says the deadline and what the count passed over', () => {
    expect(
      workingDayDeadlineHelp({
        from: '2026-08-24',
        workingDays: 10,
        dueDate: '2026-09-10',
        holidaysPassed: [
          { date: '2026-08-31', kind: 'day_off', name: 'Nghỉ hoán đổi dịp Quốc khánh' },
          { date: '2026-09-01', kind: 'holiday', name: 'Quốc khánh' },
          { date: '2026-09-02', kind: 'holiday', name: 'Quốc khánh' },
        ],
        weekendDaysPassed: 4,
      }),
    ).toBe(
      'Hạn hoàn thành: 10/09/2026 — tính từ sau ngày 24/08/2026, không tính 4 ngày thứ Bảy, Chủ nhật và 3 ngày nghỉ lễ, nghỉ bù (Nghỉ hoán đổi dịp Quốc khánh; Quốc khánh).',
    );
    expect(
      workingDayDeadlineHelp({
        from: '2026-06-01',
        workingDays: 3,
        dueDate: '2026-06-04',
        holidaysPassed: [],
        weekendDaysPassed: 0,
      }),
    ).toBe('Hạn hoàn thành: 04/06/2026 — tính từ sau ngày 01/06/2026.');
  });

  it('warns of a due date on a day off, and says where it moves when it may', () => {
    const quocKhanh = {
      date: '2026-09-02',
      workingDay: false,
      dayOff: { date: '2026-09-02', kind: 'holiday' as const, name: 'Quốc khánh' },
      makeUpFor: null,
      nextWorkingDay: '2026-09-03',
    };
    expect(dayOffDueDateHelp(quocKhanh, true)).toBe(
      'Ngày 02/09/2026 là ngày nghỉ (Quốc khánh): hạn sẽ chuyển sang ngày làm việc tiếp theo, 03/09/2026.',
    );
    expect(dayOffDueDateHelp(quocKhanh, false)).toContain('Chọn "chuyển sang ngày làm việc tiếp theo"');
    const sunday = {
      ...quocKhanh,
      date: '2026-09-06',
      dayOff: { date: '2026-09-06', kind: 'weekend' as const, name: null },
    };
    expect(dayOffDueDateHelp(sunday, true)).toContain('là ngày nghỉ (Chủ nhật)');
    expect(dayOffDueDateHelp({ ...quocKhanh, workingDay: true, dayOff: null }, true)).toBeNull();
  });
});
