import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isLocalDate } from '@giaoviec/kernel';

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused, not rolled over). */
export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isLocalDate',
      validator: {
        validate: (value: unknown) => isLocalDate(value),
        defaultMessage: () => '$property must be a calendar date written YYYY-MM-DD',
      },
    },
    options,
  );
}
