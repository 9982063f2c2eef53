import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { invalidRequest } from './client-problems';
import { MAX_BODY_TEXT_LENGTH, MAX_PARAMETER_LENGTH, unrepresentableFields } from './unrepresentable-text';

/**
 * The first guard of every route: path parameters, query and body holding text no field
 * can hold are refused with a 400 naming the field, before authentication looks anything
 * up and long before PostgreSQL would answer "invalid byte sequence" (a 500).
 */
@Injectable()
export class UnrepresentableTextGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const errors = [
      ...unrepresentableFields(request.params ?? {}, MAX_PARAMETER_LENGTH),
      ...unrepresentableFields(request.query ?? {}, MAX_PARAMETER_LENGTH),
      // A file's raw bytes (an evidence upload) are not text fields: the upload checks them itself.
      ...(request.body === undefined || Buffer.isBuffer(request.body)
        ? []
        : unrepresentableFields(request.body, MAX_BODY_TEXT_LENGTH)),
    ];
    if (errors.length > 0) throw invalidRequest(errors);
    return true;
  }
}
