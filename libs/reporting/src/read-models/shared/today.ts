import { localDateAt, type Clock, type LocalDate } from '@giaoviec/kernel';

/** Today's calendar date in Huế: what "overdue" is measured against, at query time. */
export function todayIn(clock: Clock): LocalDate {
  return localDateAt(clock.now());
}
