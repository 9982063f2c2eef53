/** The periods the standing office reports on: a quarter, a half-year or the year. */
export const PERIOD_PRESETS = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'Y'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export const PERIOD_PRESET_LABELS: Record<PeriodPreset, string> = {
  Q1: 'Quý I',
  Q2: 'Quý II',
  Q3: 'Quý III',
  Q4: 'Quý IV',
  H1: '6 tháng đầu năm',
  H2: '6 tháng cuối năm',
  Y: 'Cả năm',
};

const MONTHS: Record<PeriodPreset, [number, number]> = {
  Q1: [1, 3],
  Q2: [4, 6],
  Q3: [7, 9],
  Q4: [10, 12],
  H1: [1, 6],
  H2: [7, 12],
  Y: [1, 12],
};

const pad = (value: number) => String(value).padStart(2, '0');

/** The first and last day of a preset in a year, as the API takes them (YYYY-MM-DD). */
export function periodDates(year: number, preset: PeriodPreset): { from: string; to: string } {
  const [first, last] = MONTHS[preset];
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay)}` };
}

/** The quarter a date (YYYY-MM-DD) falls in: the default period. */
export function quarterOf(localDate: string): PeriodPreset {
  return PERIOD_PRESETS[Math.floor((Number(localDate.slice(5, 7)) - 1) / 3)];
}
