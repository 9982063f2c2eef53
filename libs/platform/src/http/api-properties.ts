import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';

/**
 * The few shapes the response DTOs repeat, so the OpenAPI document says them one way:
 * calendar dates, instants, nullable values and free-form JSON.
 */
type Options = Omit<ApiPropertyOptions, 'type' | 'nullable' | 'format'>;

/** A calendar date YYYY-MM-DD (in Huế); `nullable` when it may be null. */
export const ApiDay = (options: Options & { nullable?: boolean } = {}) =>
  ApiProperty({ type: String, format: 'date', example: '2026-12-31', ...options } as ApiPropertyOptions);

/** An ISO-8601 instant (UTC). */
export const ApiInstant = (options: Options & { nullable?: boolean } = {}) =>
  ApiProperty({ type: String, format: 'date-time', ...options } as ApiPropertyOptions);

/** A value that may be null: a text, a number, or an object of a DTO class. */
export const ApiNullable = (type: ApiPropertyOptions['type'], options: Options = {}) =>
  ApiProperty({ type, nullable: true, ...options } as ApiPropertyOptions);

/** JSON whose members depend on something else (an event's type): described, not itemised. */
export const ApiFreeForm = (description: string, options: { optional?: boolean } = {}) =>
  (options.optional ? ApiPropertyOptional : ApiProperty)({
    type: 'object',
    additionalProperties: true,
    description,
  });
