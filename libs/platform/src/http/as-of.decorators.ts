import { applyDecorators } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { ApiDay } from './api-properties';
import { IsLocalDate } from './is-local-date.decorator';
import { PROBLEM_MEDIA_TYPE } from './openapi/api-problems';

const AS_OF_MEANING =
  'Answer as it stood at the end of this day in Huế (Asia/Ho_Chi_Minh): from every event recorded before 00:00 of the next day, +07:00, with "today" (days overdue, overdue now) set to that day. Today or no date: live. A day to come: 422 `read_models.as_of_in_future`.';

/**
 * `?asOf=yyyy-mm-dd` of a read: the answer as it stood at the end of that day in Huế.
 * `fromDayBuild: false` for a read that filters one stream (or its trail) by the time
 * recorded instead of reading the day's built read models: it never answers 202.
 */
export function AsOfQueryParam({ fromDayBuild = true }: { fromDayBuild?: boolean } = {}): PropertyDecorator {
  return (target, property) => {
    ApiPropertyOptional({
      type: String,
      format: 'date',
      example: '2026-06-30',
      description: fromDayBuild
        ? `${AS_OF_MEANING} A past day not built yet whose build would be long: 202 \`read_models.as_of_preparing\` while the worker builds it.`
        : `${AS_OF_MEANING} Read from the events recorded, not from a day's built read models: never 202.`,
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

/**
 * The answer of a read asked for a past day whose read models are not built yet and would
 * take long to build (202, application/problem+json, Retry-After): the day is being built in
 * the background; the same request answers 200 once it is ready.
 */
export class AsOfPreparingAnswer {
  @ApiProperty({ example: 'urn:giaoviec:problem:read_models.as_of_preparing' })
  type!: string;
  @ApiProperty({ description: 'In Vietnamese with Accept-Language: vi', example: 'Accepted' })
  title!: string;
  @ApiProperty({ type: 'integer', enum: [202] })
  status!: number;
  @ApiProperty({
    description:
      'For a person; with Accept-Language: vi, e.g. "Đang chuẩn bị số liệu tại cuối ngày 30/06/2026, vui lòng thử lại sau ít phút."',
  })
  detail!: string;
  @ApiProperty({ enum: ['read_models.as_of_preparing'] })
  rule!: string;
  @ApiProperty({ type: String, format: 'date', description: 'The day being prepared', example: '2026-06-30' })
  asOf!: string;
  @ApiProperty({ type: 'integer', description: 'Seconds to wait before asking again (also Retry-After)' })
  retryAfterSeconds!: number;
}

/** Documents the 202 of a read whose `?asOf=` day may have to be built first (AsOfPreparingAnswer). */
export const ApiAsOfPreparing = () =>
  applyDecorators(
    ApiExtraModels(AsOfPreparingAnswer),
    ApiResponse({
      status: 202,
      description:
        'asOf is a past day whose read models are not built yet and would replay more events than AS_OF_SYNC_BUILD_MAX_EVENTS: the worker builds it (once per day, whoever asks); ask again after Retry-After (`read_models.as_of_preparing`)',
      headers: {
        'Retry-After': { description: 'Seconds to wait before asking again', schema: { type: 'integer' } },
        'Content-Language': {
          description: '`vi` when worded in Vietnamese (Accept-Language: vi)',
          schema: { type: 'string' },
        },
      },
      content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: getSchemaPath(AsOfPreparingAnswer) } } },
    }),
  );
