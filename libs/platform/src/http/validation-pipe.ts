import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** Dotted paths of every failing field, e.g. `targets.0.year`. */
export function flattenValidationErrors(
  errors: ValidationError[],
  parent = '',
): { field: string; messages: string[] }[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
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
    exceptionFactory: (errors) => {
      const fields = flattenValidationErrors(errors);
      return new BadRequestException({
        type: 'urn:giaoviec:problem:validation',
        title: 'Invalid request',
        status: 400,
        detail: `Invalid field(s): ${fields.map((f) => f.field).join(', ')}`,
        errors: fields,
      });
    },
  });
}
