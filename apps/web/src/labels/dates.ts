import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);
dayjs.locale('vi');

/** Dates of the work are calendar dates in Huế. */
export const HUE_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const DATE_FORMAT = 'DD/MM/YYYY';

/** `2026-11-24` → `24/11/2026`; an empty cell for no date. */
export function formatDate(localDate: string | null | undefined): string {
  if (!localDate) return '—';
  return dayjs(localDate, 'YYYY-MM-DD').format(DATE_FORMAT);
}

// One formatter for every instant shown. (dayjs's timezone plugin is not loaded: once it is,
// every date picker asks it for "now" on each render, and each answer builds a new Intl formatter.)
const HUE_DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: HUE_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant, shown as the time of day in Huế: `24/11/2026 08:05`. */
export function formatDateTime(instant: string | null | undefined): string {
  if (!instant) return '—';
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return '—';
  const part = Object.fromEntries(HUE_DATE_TIME.formatToParts(at).map(({ type, value }) => [type, value]));
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`;
}

/** For the API: a picked date as `yyyy-mm-dd`. */
export function toLocalDate(value: dayjs.Dayjs): string {
  return value.format('YYYY-MM-DD');
}

export { dayjs };
