import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { ruleRefusal } from './client-problems';

/**
 * The one route whose body is not JSON: a file sent with a report, as its own bytes with
 * its own Content-Type (POST /tasks/{taskId}/evidence). Multipart would make every client
 * build a form and the server parse one, for a single file; a raw body is what `fetch` and
 * curl --data-binary send as they are. Everything else stays JSON-only (jsonBodyOnly).
 */
export const FILE_UPLOAD_ROUTE = /^\/tasks\/[^/]+\/evidence\/?$/;

/** Reads the upload's body into a Buffer, up to `maxBytes`: larger is a 413 before the bytes are read. */
export function fileUploadBody(maxBytes: number): RequestHandler {
  const read = express.raw({ type: () => true, limit: maxBytes });
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.method !== 'POST' || !FILE_UPLOAD_ROUTE.test(request.path)) return next();
    read(request, response, (error?: unknown) => {
      if (!error) return next();
      const type = (error as { type?: unknown }).type;
      next(
        type === 'entity.too.large'
          ? ruleRefusal(
              413,
              'evidence.too_large',
              `The file is larger than the ${maxBytes} bytes accepted.`,
              {
                maxBytes,
              },
            )
          : ruleRefusal(400, 'request.malformed', 'The file could not be read.'),
      );
    });
  };
}
