import { unprocessable } from './domain-error';
import { addDays, type LocalDate } from './local-date';

/**
 * What a read asked `?asOf=` answers from: the live read models (no date, or today, whose
 * end has not come yet), or the log as it was recorded by the end of a past day in Huế.
 */
export type PointInTime =
  | { readonly kind: 'live' }
  | {
      readonly kind: 'past';
      readonly day: LocalDate;
      /** 00:00 of the next day, +07:00: the day holds every event recorded before it. */
      readonly recordedBefore: Date;
    };

/** The instant a calendar day of Huế ends (UTC+7, no daylight saving): 00:00 of the next day. */
export function endOfLocalDate(day: LocalDate): Date {
  return new Date(`${addDays(day, 1)}T00:00:00+07:00`);
}

/** The last instant of a day in Huế: a clock stopped there sees that day as "today". */
export function lastInstantOf(day: LocalDate): Date {
  return new Date(endOfLocalDate(day).getTime() - 1);
}

/**
 * Refuses a day after `today` (`read_models.as_of_in_future`, 422): nothing is known yet
 * of how it ends. Today itself is live, since more may still be recorded before midnight.
 */
export function pointInTime(asOf: LocalDate | undefined, today: LocalDate): PointInTime {
  if (asOf === undefined || asOf === today) return { kind: 'live' };
  if (asOf > today) {
    throw unprocessable(
      'read_models.as_of_in_future',
      `asOf ${asOf} is after today (${today}) in Huế: a day can be looked back on only once it is over.`,
      { asOf, today },
    );
  }
  return { kind: 'past', day: asOf, recordedBefore: endOfLocalDate(asOf) };
}
