import { LABOUR_CODE_DAY_IN_LIEU, LABOUR_CODE_HOLIDAYS, type CalendarYear } from '../calendar-data';

/**
 * 2026, for cán bộ, công chức, viên chức. Every announcement of the year is in:
 * - Tết Dương lịch: Văn bản 12729/VPCP-KGVX ngày 25/12/2025 (Phó Thủ tướng Phạm Thị Thanh Trà
 *   đồng ý đề xuất của Bộ Nội vụ): nghỉ 1/1–4/1, thứ Sáu 2/1 đổi sang thứ Bảy 10/1.
 * - Tết Âm lịch and Quốc khánh: văn bản của Văn phòng Chính phủ (10/2025) truyền đạt ý kiến Thủ
 *   tướng Phạm Minh Chính đồng ý đề xuất của Bộ Nội vụ: nghỉ Tết 14/2–22/2 (27 tháng Chạp Ất Tỵ
 *   đến mùng 6 tháng Giêng Bính Ngọ); Quốc khánh 29/8–2/9, thứ Hai 31/8 đổi sang thứ Bảy 22/8.
 * - Giỗ Tổ Hùng Vương (10/3 âm lịch) is Sunday 26/4: day off in lieu Monday 27/4.
 * Lunar dates (mùng 1 Tết 17/2, 10/3 âm lịch 26/4) are checked against `date-holidays` in
 * calendar-data.unit.spec.ts.
 * Not listed: Ngày Văn hóa Việt Nam 24/11 — chosen by Nghị quyết 80-NQ/TW as a paid day off,
 * but the amendment of Điều 112 it needs was not found in force; add it here once it is.
 */
export const YEAR_2026: CalendarYear = {
  year: 2026,
  entries: [
    { date: '2026-01-01', kind: 'holiday', name: 'Tết Dương lịch', source: LABOUR_CODE_HOLIDAYS },
    {
      date: '2026-01-02',
      kind: 'day_off',
      name: 'Nghỉ hoán đổi dịp Tết Dương lịch',
      source: 'Văn bản 12729/VPCP-KGVX ngày 25/12/2025',
    },
    {
      date: '2026-01-10',
      kind: 'make_up_working_day',
      name: 'Làm bù cho thứ Sáu 02/01/2026',
      source: 'Văn bản 12729/VPCP-KGVX ngày 25/12/2025',
    },
    ...['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'].map((date) => ({
      date,
      kind: 'holiday' as const,
      name: 'Tết Nguyên đán Bính Ngọ',
      source: `${LABOUR_CODE_HOLIDAYS}; ngày cụ thể: văn bản của Văn phòng Chính phủ (10/2025) truyền đạt ý kiến Thủ tướng về nghỉ Tết Âm lịch 2026 (14/2–22/2)`,
    })),
    {
      date: '2026-04-27',
      kind: 'day_off',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch, Chủ nhật 26/4)',
      source: LABOUR_CODE_DAY_IN_LIEU,
    },
    { date: '2026-04-30', kind: 'holiday', name: 'Ngày Chiến thắng (30/4)', source: LABOUR_CODE_HOLIDAYS },
    {
      date: '2026-05-01',
      kind: 'holiday',
      name: 'Ngày Quốc tế lao động (1/5)',
      source: LABOUR_CODE_HOLIDAYS,
    },
    {
      date: '2026-08-22',
      kind: 'make_up_working_day',
      name: 'Làm bù cho thứ Hai 31/8/2026',
      source:
        'Văn bản của Văn phòng Chính phủ (10/2025) truyền đạt ý kiến Thủ tướng về nghỉ lễ Quốc khánh 2026',
    },
    {
      date: '2026-08-31',
      kind: 'day_off',
      name: 'Nghỉ hoán đổi dịp Quốc khánh',
      source:
        'Văn bản của Văn phòng Chính phủ (10/2025) truyền đạt ý kiến Thủ tướng về nghỉ lễ Quốc khánh 2026',
    },
    {
      date: '2026-09-01',
      kind: 'holiday',
      name: 'Quốc khánh (ngày liền kề)',
      source: `${LABOUR_CODE_HOLIDAYS}; ngày liền kề: văn bản của Văn phòng Chính phủ (10/2025)`,
    },
    { date: '2026-09-02', kind: 'holiday', name: 'Quốc khánh', source: LABOUR_CODE_HOLIDAYS },
  ],
  unannounced: [],
};
