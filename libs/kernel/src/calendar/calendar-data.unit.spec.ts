import Holidays from 'date-holidays';
import { addDays } from '../local-date';
import { VIETNAM_CALENDAR_YEARS } from './working-day-calendar';

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const isWeekend = (date: string) => weekday(date) === 0 || weekday(date) === 6;

/** The lunar dates the data relies on, from a maintained library rather than from memory. */
function lunarHoliday(year: number, rule: string): string {
  const found = new Holidays('VN').getHolidays(year).find((h) => h.rule === rule);
  if (!found) throw new Error(`date-holidays has no ${rule} for ${year}`);
  return found.date.slice(0, 10);
}

describe('the calendar data, one file a year', () => {
  it.each(VIETNAM_CALENDAR_YEARS.map((y) => [y.year, y] as const))('%i is consistent', (year, data) => {
    const dates = data.entries.map((e) => e.date);
    expect(new Set(dates).size).toBe(dates.length);
    for (const entry of data.entries) {
      expect(entry.date.startsWith(`${year}-`)).toBe(true);
      expect(entry.name.trim()).not.toBe('');
      expect(entry.source.trim()).not.toBe('');
      // A day off on a weekend, or a make-up day on a weekday, would be a typo in the data.
      expect([entry.date, isWeekend(entry.date)]).toEqual([entry.date, entry.kind === 'make_up_working_day']);
    }
    for (const period of data.unannounced) expect(period.from <= period.to).toBe(true);
  });

  it('puts Tết 2026 around mùng 1 Tết Bính Ngọ (17/2/2026) by the lunar calendar', () => {
    const mung1 = lunarHoliday(2026, 'vietnamese 1-0-1');
    expect(mung1).toBe('2026-02-17');
    const tet = VIETNAM_CALENDAR_YEARS[0].entries.filter((e) => e.name.startsWith('Tết Nguyên đán'));
    // Five statutory days: 29 tháng Chạp (the year's last) to mùng 4.
    expect(tet.map((e) => e.date)).toEqual([-1, 0, 1, 2, 3].map((n) => addDays(mung1, n)));
  });

  it('has Giỗ Tổ Hùng Vương on 10/3 âm lịch: Sunday 26/4/2026 (day off in lieu Monday), Friday 16/4/2027', () => {
    expect(lunarHoliday(2026, 'vietnamese 3-0-10')).toBe('2026-04-26');
    expect(VIETNAM_CALENDAR_YEARS[0].entries.find((e) => e.date === '2026-04-27')?.name).toMatch(/Giỗ Tổ/);
    const gioTo2027 = lunarHoliday(2027, 'vietnamese 3-0-10');
    expect(VIETNAM_CALENDAR_YEARS[1].entries.find((e) => e.date === gioTo2027)?.name).toMatch(/Giỗ Tổ/);
  });

  it('keeps Tết 2027 (mùng 1 = 6/2/2027) unannounced until the Prime Minister decides its days', () => {
    const mung1 = lunarHoliday(2027, 'vietnamese 1-0-1');
    expect(mung1).toBe('2027-02-06');
    const tet = VIETNAM_CALENDAR_YEARS[1].unannounced.find((p) => p.what.includes('Tết Âm lịch'));
    expect(tet && tet.from <= addDays(mung1, -1) && addDays(mung1, 4) <= tet.to).toBe(true);
  });
});
