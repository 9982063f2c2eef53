import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { ApiDay } from './api-properties';
import { IsLocalDate } from './is-local-date.decorator';

/** `?asOf=yyyy-mm-dd` of a read: the answer as it stood at the end of that day in Huế. */
export function AsOfQueryParam(): PropertyDecorator {
  return (target, property) => {
    ApiPropertyOptional({
      type: String,
      format: 'date',
      example: '2026-06-30',
      description:
        'Answer as it stood at the end of this day in Huế (Asia/Ho_Chi_Minh): from every event recorded before 00:00 of the next day, +07:00, with "today" (days overdue, overdue now) set to that day. Today or no date: live. A day to come: 422 `read_models.as_of_in_future`.',
    })(target, property);
    IsOptional()(target, property);
    IsLocalDate()(target, property);
  };
}

/** The `asOf` of an answer, so a client never mistakes a look back for now. */
export const ApiAsOfAnswer = () =>
  ApiDay({
    nullable: true,
    description: 'The past day this answer shows as it stood at its end (?asOf=); null: live, as of now',
  });

/** The problem of a read taking `?asOf=`, for ApiQueryOperation's `problems`. */
export const AS_OF_PROBLEMS = {
  422: 'asOf is a day still to come, whose end is not known (`read_models.as_of_in_future`)',
} as const;
