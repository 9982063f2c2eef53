import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { invalidField } from './client-problems';

const ENTITY_TAG = /^(?:W\/)?"?(\d{1,15})"?$/;

/**
 * The version the client last saw: from If-Match (`"3"`) or the body's `expectedVersion`.
 * Undefined when neither is sent: the command then applies to whatever is current.
 */
export const ExpectedVersion = createParamDecorator(
  (_: unknown, context: ExecutionContext): number | undefined => {
    const request = context.switchToHttp().getRequest<Request>();
    const header = request.header('if-match')?.trim();
    const fromBody = (request.body as { expectedVersion?: unknown } | undefined)?.expectedVersion;
    let fromHeader: number | undefined;
    if (header !== undefined && header !== '*') {
      const match = ENTITY_TAG.exec(header);
      if (!match) {
        throw invalidField(
          'If-Match',
          'streamVersion',
          'must be a stream version such as "3"',
          'If-Match must be a stream version such as "3"',
        );
      }
      fromHeader = Number(match[1]);
    }
    if (fromHeader !== undefined && typeof fromBody === 'number' && fromBody !== fromHeader) {
      throw invalidField(
        'expectedVersion',
        'agreesWithIfMatch',
        'must agree with If-Match',
        `If-Match says version ${fromHeader} but expectedVersion says ${fromBody}`,
      );
    }
    return fromHeader ?? (typeof fromBody === 'number' ? fromBody : undefined);
  },
);
