import { LABOUR_CODE_DAY_IN_LIEU, LABOUR_CODE_HOLIDAYS, type CalendarYear } from '../calendar-data';

/**
 * 2027, for cán bộ, công chức, viên chức. Only what the law fixes is listed: no announcement
 * of the Prime Minister for 2027 was found (searched December 2026), so
 * - the five days of Tết Âm lịch Đinh Mùi (mùng 1 = Saturday 6/2/2027) and
 * - the day beside Quốc khánh (Thursday 2/9/2027: Wednesday 1/9 or Friday 3/9)
 * are `unannounced`, and any swap (làm bù) for Tết Dương lịch or 30/4–1/5 is unknown. When the
 * announcement comes out, list its days here with its number and date, and drop the period.
 * Lunar dates (mùng 1 Tết 6/2, 10/3 âm lịch 16/4) are checked against `date-holidays` in
 * calendar-data.unit.spec.ts. Ngày Văn hóa Việt Nam 24/11: see 2026.ts.
 */
export const YEAR_2027: CalendarYear = {
  year: 2027,
  entries: [
    { date: '2027-01-01', kind: 'holiday', name: 'Tết Dương lịch', source: LABOUR_CODE_HOLIDAYS },
    {
      date: '2027-04-16',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      source: LABOUR_CODE_HOLIDAYS,
    },
    { date: '2027-04-30', kind: 'holiday', name: 'Ngày Chiến thắng (30/4)', source: LABOUR_CODE_HOLIDAYS },
    {
      date: '2027-05-03',
      kind: 'day_off',
      name: 'Nghỉ bù Ngày Quốc tế lao động (1/5, thứ Bảy)',
      source: LABOUR_CODE_DAY_IN_LIEU,
    },
    { date: '2027-09-02', kind: 'holiday', name: 'Quốc khánh', source: LABOUR_CODE_HOLIDAYS },
  ],
  unannounced: [
    // 23 tháng Chạp to mùng 10 tháng Giêng: wide on purpose, the announcement picks the five weekdays.
    {
      from: '2027-01-30',
      to: '2027-02-15',
      what: 'Nghỉ Tết Âm lịch Đinh Mùi 2027 (5 ngày, Thủ tướng quyết định)',
    },
    {
      from: '2027-09-01',
      to: '2027-09-03',
      what: 'Ngày nghỉ liền kề Quốc khánh 2/9/2027 (Thủ tướng quyết định)',
    },
  ],
};
