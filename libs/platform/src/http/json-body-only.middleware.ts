import { HttpException } from '@nestjs/common';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { invalidField } from './client-problems';
import type { Problem } from './problem';

/**
 * Larger than any body a person can send here (a task's source text of 50,000 Vietnamese
 * characters is ~150 kB in UTF-8), far below what would strain the process.
 */
export const MAX_BODY_BYTES = '1mb';

const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

const problemError = (problem: Problem) => new HttpException(problem, problem.status);

const TITLES: Record<number, string> = {
  400: 'Invalid request',
  413: 'Request too large',
  415: 'Unsupported media type',
};

function refusalOf(status: 400 | 413 | 415, rule: string, detail: string): Problem {
  return { type: `urn:giaoviec:problem:${rule}`, title: TITLES[status], status, detail, rule };
}

/** A body is on the wire when its length is given and not zero, or it comes in chunks. */
function carriesBody(request: Request): boolean {
  const length = request.headers['content-length'];
  if (length !== undefined) return length !== '0';
  return request.headers['transfer-encoding'] !== undefined;
}

/** The body parser's refusals (http-errors, by their `type`), as problems a client can act on. */
function parserRefusal(error: unknown): HttpException {
  const refusals: Record<string, Problem> = {
    'entity.too.large': refusalOf(
      413,
      'request.body_too_large',
      `The body is larger than this API accepts (${MAX_BODY_BYTES}).`,
    ),
    'charset.unsupported': refusalOf(
      415,
      'request.unsupported_charset',
      'The body must be sent as UTF-8 JSON.',
    ),
    'encoding.unsupported': refusalOf(
      415,
      'request.unsupported_encoding',
      'The body is in a content encoding this API does not read.',
    ),
    'entity.parse.failed': refusalOf(400, 'request.body_not_json', 'The body is not valid JSON.'),
  };
  const type = (error as { type?: unknown }).type;
  return problemError(
    refusals[typeof type === 'string' ? type : ''] ??
      refusalOf(400, 'request.malformed', 'The request body could not be read.'),
  );
}

/**
 * The one reader of request bodies, mounted before NestJS's own parsers (which then find the
 * body read): every body is a JSON object in UTF-8, or the request is refused here with the
 * header or the body named — never read as form fields or as nothing, which answered a
 * misleading 400 about fields the client never sent wrong. A request without a body passes.
 */
export function jsonBodyOnly(): RequestHandler {
  const parse = express.json({ limit: MAX_BODY_BYTES, strict: false, type: () => true });
  return (request: Request, response: Response, next: NextFunction): void => {
    // A file upload's bytes, already read by fileUploadBody.
    if (!carriesBody(request) || Buffer.isBuffer(request.body)) return next();
    const contentType = request.headers['content-type'];
    if (contentType === undefined || !JSON_MEDIA_TYPE.test(contentType)) {
      const sent =
        contentType === undefined ? 'no Content-Type' : `Content-Type ${contentType.slice(0, 100)}`;
      return next(
        problemError({
          ...refusalOf(
            415,
            'request.unsupported_media_type',
            `The body must be JSON sent as Content-Type: application/json; this request has ${sent}.`,
          ),
          errors: [
            { field: 'Content-Type', messages: ['must be application/json'], codes: ['jsonMediaType'] },
          ],
        }),
      );
    }
    parse(request, response, (error?: unknown) => {
      if (error) return next(parserRefusal(error));
      const body: unknown = request.body;
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        return next(invalidField('body', 'isJsonObject', 'must be a JSON object ({ … })'));
      }
      next();
    });
  };
}
