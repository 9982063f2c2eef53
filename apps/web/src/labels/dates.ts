import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(utc);
dayjs.extend(timezone);
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

/** An instant, shown as the time of day in Huế. */
export function formatDateTime(instant: string | null | undefined): string {
  if (!instant) return '—';
  return dayjs(instant).tz(HUE_TIME_ZONE).format('DD/MM/YYYY HH:mm');
}

/** For the API: a picked date as `yyyy-mm-dd`. */
export function toLocalDate(value: dayjs.Dayjs): string {
  return value.format('YYYY-MM-DD');
}

export { dayjs };
