import { ValidationError, ValidationPipe } from '@nestjs/common';
import { invalidRequest } from './client-problems';
import type { FieldError } from './problem';

/**
 * The path of every failing field, e.g. `targets[0].year` (an item by its index, as the
 * edge's text checks name it too), with the constraint behind each message.
 */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent
        ? `${parent}.${error.property}`
        : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    const own =
      constraints.length > 0
        ? [{ field, messages: constraints.map(([, m]) => m), codes: constraints.map(([code]) => code) }]
        : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** DTOs are validated strictly: unknown fields are refused, and the 400 names every bad field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => invalidRequest(flattenValidationErrors(errors)),
  });
}
