import { DomainRuleViolation } from '../domain-error';
import { vietnamWorkingDays as calendar, WorkingDayCalendar } from './working-day-calendar';
import { YEAR_2027 } from './years/2027';

const refusal = (fn: () => unknown): DomainRuleViolation => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainRuleViolation) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('the working-day calendar', () => {
  it('counts Monday to Friday, not weekends', () => {
    expect(calendar.isWorkingDay('2026-06-05')).toBe(true); // Friday
    expect(calendar.isWorkingDay('2026-06-06')).toBe(false);
    expect(calendar.addWorkingDays('2026-06-05', 1)).toBe('2026-06-08');
    expect(calendar.workingDaysBetween('2026-06-05', '2026-06-12')).toBe(5);
  });

  describe('across Tết 2026 (off 14/2–22/2)', () => {
    it('has no working day from Saturday 14/2 to Sunday 22/2', () => {
      for (let d = 14; d <= 22; d += 1) expect(calendar.isWorkingDay(`2026-02-${d}`)).toBe(false);
      expect(calendar.entryOn('2026-02-17')).toMatchObject({
        kind: 'holiday',
        name: 'Tết Nguyên đán Bính Ngọ',
      });
      expect(calendar.isWorkingDay('2026-02-13')).toBe(true);
      expect(calendar.isWorkingDay('2026-02-23')).toBe(true);
    });

    it('gives "15 ngày làm việc" from Monday 9/2 as Monday 9/3, and the working days before and after', () => {
      expect(calendar.addWorkingDays('2026-02-09', 15)).toBe('2026-03-09');
      expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
      expect(calendar.addWorkingDays('2026-02-23', -1)).toBe('2026-02-13');
      expect(calendar.workingDaysBetween('2026-02-13', '2026-02-25')).toBe(3);
      expect(calendar.previousWorkingDay('2026-02-18')).toBe('2026-02-13');
      expect(calendar.nextWorkingDay('2026-02-18')).toBe('2026-02-23');
      expect(calendar.workingDayOnOrAfter('2026-02-23')).toBe('2026-02-23');
    });
  });

  it('knows the swaps: Friday 2/1/2026 off, Saturday 10/1/2026 worked', () => {
    expect(calendar.isWorkingDay('2026-01-02')).toBe(false);
    expect(calendar.isWorkingDay('2026-01-10')).toBe(true);
    expect(calendar.addWorkingDays('2026-01-01', 1)).toBe('2026-01-05');
    expect(calendar.addWorkingDays('2026-01-09', 1)).toBe('2026-01-10');
  });

  it('closes 29/8–2/9/2026 for Quốc khánh, with Saturday 22/8 worked for Monday 31/8', () => {
    expect(['2026-08-31', '2026-09-01', '2026-09-02'].map((d) => calendar.isWorkingDay(d))).toEqual([
      false,
      false,
      false,
    ]);
    expect(calendar.isWorkingDay('2026-08-22')).toBe(true);
    expect(calendar.addWorkingDays('2026-08-28', 1)).toBe('2026-09-03');
    expect(calendar.workingDaysBetween('2026-08-21', '2026-09-03')).toBe(7); // 22/8, 24–28/8 and 3/9
  });

  describe('2027, whose Tết and 2/9 days are not yet announced', () => {
    it('knows 2/9/2027 (Thursday) is a holiday, and refuses to count across the unannounced day beside it', () => {
      expect(calendar.isWorkingDay('2027-09-02')).toBe(false);
      const error = refusal(() => calendar.addWorkingDays('2027-08-30', 5));
      expect(error.rule).toBe('calendar.not_announced');
      expect(error.details.missing).toEqual(['Ngày nghỉ liền kề Quốc khánh 2/9/2027 (Thủ tướng quyết định)']);
    });

    it('refuses to count a deadline across Tết 2027 rather than guess its days off', () => {
      const error = refusal(() => calendar.addWorkingDays('2027-01-20', 15));
      expect(error.kind).toBe('unprocessable');
      expect(error.message).toContain('Tết Âm lịch Đinh Mùi 2027');
      // Before the window all is settled.
      expect(calendar.addWorkingDays('2027-01-04', 15)).toBe('2027-01-25');
    });

    it('counts across Tết 2027 once its announcement is entered', () => {
      // What an announcement would add: here 5 weekdays around mùng 1 (6/2), to show the arithmetic only.
      const announced = new WorkingDayCalendar([
        {
          ...YEAR_2027,
          entries: [
            ...YEAR_2027.entries,
            ...['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'].map((date) => ({
              date,
              kind: 'holiday' as const,
              name: 'Tết Nguyên đán Đinh Mùi',
              source: 'test',
            })),
          ],
          unannounced: YEAR_2027.unannounced.filter((p) => !p.what.includes('Tết')),
        },
      ]);
      expect(announced.addWorkingDays('2027-02-03', 1)).toBe('2027-02-11');
      expect(announced.workingDaysBetween('2027-02-01', '2027-02-12')).toBe(4);
    });

    it('still answers best-known questions there, for reminders', () => {
      expect(calendar.workingDayOnOrBefore('2027-02-06')).toBe('2027-02-05');
      expect(calendar.workingDaysBetweenBestKnown('2027-08-31', '2027-09-03')).toBe(2);
    });
  });

  it('refuses to count into a year without data, and counts Monday to Friday there for reminders', () => {
    expect(refusal(() => calendar.addWorkingDays('2027-12-28', 10)).details.missing).toEqual([
      'Lịch ngày nghỉ năm 2028',
    ]);
    expect(calendar.isWorkingDay('2028-01-03')).toBe(true);
  });
});
