import { applyDecorators, HttpCode, type Type } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiResponse, type ApiResponseOptions } from '@nestjs/swagger';
import { ApiProblems, type HeadersObject, type ProblemAnswers } from './api-problems';

/**
 * How every operation of the API is documented: its success answer, the request and answer
 * headers the pipeline reads and writes, and each problem it can answer. Commands and queries
 * pass through different parts of the pipeline (idempotency, If-Match, read models), so each
 * kind has its decorator; authentication and authorization problems come with @Authorize.
 */

const ACCEPT_LANGUAGE = ApiHeader({
  name: 'Accept-Language',
  required: false,
  description: '`vi` for problems worded in Vietnamese (title, detail, field messages); English otherwise',
  schema: { type: 'string', example: 'vi' },
});

const INVALID_INPUT =
  'A path or query parameter, a header or a body field is invalid, or holds text no field can hold ' +
  '(NUL, a lone surrogate, too long): `errors` names each; or the body is not JSON';

/** The only 400 of a route without parameters: UnrepresentableTextGuard reads every query. */
export const INVALID_QUERY_TEXT =
  'A query parameter holds text no field can hold (NUL, a lone surrogate, too long): `errors` names each';

export interface OperationDocumentation {
  readonly summary: string;
  readonly description?: string;
  /**
   * The body of a success: a response class, `[class]` for a list, or content of its own
   * (several media types). Absent only for a 204 or where another decorator documents it.
   */
  readonly answers?: Type<unknown> | [Type<unknown>] | { content: ApiResponseOptions['content'] };
  /** What the success means, when the summary does not say it. */
  readonly answerDescription?: string;
  /** Problems this operation answers besides those of its kind. */
  readonly problems?: ProblemAnswers;
}

function successAnswer(
  status: number,
  documentation: OperationDocumentation,
  headers: HeadersObject,
): MethodDecorator & ClassDecorator {
  const { answers, answerDescription } = documentation;
  const body =
    answers === undefined
      ? {}
      : 'content' in answers
        ? { content: answers.content }
        : { type: Array.isArray(answers) ? answers[0] : answers, isArray: Array.isArray(answers) };
  return ApiResponse({
    status,
    description: answerDescription ?? (status === 204 ? 'Done; no body' : 'Success'),
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
    ...body,
  } as ApiResponseOptions);
}

/**
 * A read: answers 200 with `answers`. `fromReadModels` when it answers from the read models
 * (with @ReadModelQuery, which documents X-Read-After): the answer says how far they reached.
 */
export function ApiQueryOperation(
  documentation: OperationDocumentation & { readonly fromReadModels?: boolean },
): MethodDecorator {
  const headers: HeadersObject = documentation.fromReadModels
    ? {
        'X-Read-Model-Position': {
          description:
            'The read models reflect every event up to this log position; send a command\'s "position" as X-Read-After to wait for it',
          schema: { type: 'string' },
        },
      }
    : {};
  return applyDecorators(
    ApiOperation({ summary: documentation.summary, description: documentation.description }),
    successAnswer(200, documentation, headers),
    ACCEPT_LANGUAGE,
    ApiProblems({ 400: INVALID_INPUT, ...documentation.problems }),
  );
}

export interface CommandDocumentation extends OperationDocumentation {
  /** The status of a success (also what the route answers: this applies HttpCode). */
  readonly status: 200 | 201 | 204;
  /** The command takes the version the client last saw, as If-Match or `expectedVersion`. */
  readonly versioned?: boolean;
  /** The answer names one stream's version, also sent as ETag. False when several streams were written. */
  readonly etag?: boolean;
  /** Called without an access token (logging in): no Idempotency-Key, which is per actor. */
  readonly anonymous?: boolean;
}

/**
 * A command: changes state. An actor's commands are idempotent with an Idempotency-Key; a
 * versioned one is guarded by If-Match. Each may answer a stale version or a state it does
 * not apply to (409) and a rule of the domain refused (422).
 */
export function ApiCommandOperation(documentation: CommandDocumentation): MethodDecorator {
  const { status, versioned = false, etag = true, anonymous = false } = documentation;
  const headers: HeadersObject = {
    ...(etag && status !== 204
      ? {
          ETag: {
            description: 'The stream version after the command, to send back as If-Match',
            schema: { type: 'string', example: '"3"' },
          },
        }
      : {}),
    ...(anonymous
      ? {}
      : {
          'Idempotent-Replayed': {
            description:
              '`true` when this answer is the remembered answer to an earlier request with the same Idempotency-Key',
            schema: { type: 'string', enum: ['true'] },
          },
        }),
  };
  const bodyProblems: ProblemAnswers = {
    400: INVALID_INPUT,
    413: 'The body is larger than the API accepts (`request.body_too_large`)',
    415: 'The body is not JSON (`request.unsupported_media_type`, naming Content-Type), or not UTF-8 JSON: an unknown charset or content encoding',
  };
  const commandProblems: ProblemAnswers = anonymous
    ? {}
    : {
        409:
          (versioned
            ? 'The version sent as If-Match or `expectedVersion` is stale (`stream.wrong_expected_version`, with `currentVersion` and ETag); '
            : 'A concurrent change won (`stream.wrong_expected_version`); ') +
          'the current state does not allow the command (`rule` names it); or a request with this Idempotency-Key is still running (`idempotency.in_progress`, Retry-After)',
        422: 'A rule of the domain refuses the command (`rule` names it), or the Idempotency-Key was used for a different request (`idempotency.key_reused`)',
      };
  return applyDecorators(
    HttpCode(status),
    ApiOperation({ summary: documentation.summary, description: documentation.description }),
    successAnswer(status, documentation, headers),
    ACCEPT_LANGUAGE,
    ...(anonymous
      ? []
      : [
          ApiHeader({
            name: 'Idempotency-Key',
            required: false,
            description:
              'Makes a retry safe: the same key with the same request answers the first answer again (Idempotent-Replayed) and changes nothing. 8 to 200 of A-Z a-z 0-9 . _ : - (a UUID is ideal)',
            schema: { type: 'string', minLength: 8, maxLength: 200, pattern: '^[A-Za-z0-9._:-]{8,200}$' },
          }),
        ]),
    ...(versioned
      ? [
          ApiHeader({
            name: 'If-Match',
            required: false,
            description:
              'The stream version the client last saw (the ETag of its answer, e.g. "3"): the command is refused with a 409 if it changed since. Same as the body\'s `expectedVersion`',
            schema: { type: 'string', example: '"3"' },
          }),
        ]
      : []),
    ApiProblems({ ...bodyProblems, ...commandProblems, ...documentation.problems }),
  );
}
