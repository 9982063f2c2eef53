import createClient from 'openapi-fetch';
import type { components, paths } from './openapi';
import { asOfPreparation } from './as-of-preparation';
import { ApiError, AsOfPreparing, type Problem } from './problem';
import { session } from './session-store';

/**
 * Every request of the web application: the bearer token from memory, Vietnamese problem
 * documents, and one renewal with the refresh token when the access token has expired.
 */
async function authorizedFetch(input: Request): Promise<Response> {
  const retry = input.clone();
  let response = await fetch(withAuth(input));
  if (response.status === 401 && session.token) {
    if (!(await session.refresh())) {
      session.expire();
      return response;
    }
    response = await fetch(withAuth(retry));
  }
  if (input.method !== 'GET' && response.ok) await rememberPosition(response);
  return response;
}

/**
 * Read-your-writes: after a command, reads wait until the read models have caught up with
 * its position (X-Read-After), so the screen never shows the state from before the click.
 */
let lastWritePosition: string | null = null;

async function rememberPosition(response: Response): Promise<void> {
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  for (const position of positionsIn(body)) {
    if (lastWritePosition === null || position > lastWritePosition) lastWritePosition = position;
  }
}

/**
 * The log positions a command's answer names: its own `position`, or those of the events it
 * wrote when it wrote several streams (one task per commune: `tasks[].position`).
 */
function positionsIn(body: unknown): string[] {
  if (Array.isArray(body)) return body.flatMap(positionsIn);
  if (body === null || typeof body !== 'object') return [];
  const answer = body as Record<string, unknown>;
  const own = typeof answer.position === 'string' ? [answer.position] : [];
  const nested = ['tasks', 'streams', 'events'].flatMap((key) =>
    Array.isArray(answer[key]) ? (answer[key] as unknown[]).flatMap(positionsIn) : [],
  );
  return [...own, ...nested];
}

function withAuth(request: Request): Request {
  const headers = new Headers(request.headers);
  headers.set('Accept-Language', 'vi');
  if (session.token) headers.set('Authorization', `Bearer ${session.token}`);
  if (request.method === 'GET' && lastWritePosition && isReadModelRoute(request.url)) {
    headers.set('X-Read-After', lastWritePosition);
  }
  return new Request(request, { headers });
}

const READ_MODEL_ROUTES = ['/tasks', '/dashboard', '/audit', '/notifications'];
function isReadModelRoute(url: string): boolean {
  const { pathname } = new URL(url);
  return READ_MODEL_ROUTES.some((route) => pathname === route || pathname.startsWith(`${route}/`));
}

/** The typed client, checked against the API's OpenAPI document (openapi.d.ts); JSON answers only (the exports go through download()). */
export const api = createClient<paths, 'application/json'>({
  baseUrl: window.location.origin,
  fetch: authorizedFetch,
});

/**
 * The data of an answer, or the API's refusal as an ApiError; a past day still being
 * prepared (202) as AsOfPreparing, which the queries ask again after (main.tsx).
 */
export async function unwrap<T>(
  // The 202 of a day being prepared is typed by its own media type, beside the answer.
  call: Promise<{
    data?: T | { readonly 'application/problem+json': unknown };
    error?: unknown;
    response: Response;
  }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, error as Problem | undefined);
  const asOf = response.url ? new URL(response.url).searchParams.get('asOf') : null;
  if (response.status === 202) {
    const preparing = new AsOfPreparing(data as Problem | undefined);
    if (asOf) asOfPreparation.preparing(asOf, preparing.message);
    throw preparing;
  }
  if (asOf) asOfPreparation.ready(asOf);
  return data as T;
}

/** A file the API builds (CSV, Excel), downloaded with the session's token. */
export async function download(path: string, filename: string): Promise<void> {
  const response = await authorizedFetch(new Request(new URL(path, window.location.origin)));
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => undefined));
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** What the API answers for a file taken in (POST /tasks/{taskId}/evidence); a report's events record the same. */
export type UploadedEvidence = components['schemas']['EvidenceUploadedResponse'];

/**
 * Sends a file for a report on the task as the raw body with its own type, its name in
 * X-File-Name: the one request of the API whose body is not JSON.
 */
export async function uploadEvidence(
  taskId: string,
  file: File,
  contentType: string,
): Promise<UploadedEvidence> {
  const response = await authorizedFetch(
    new Request(new URL(`/tasks/${encodeURIComponent(taskId)}/evidence`, window.location.origin), {
      method: 'POST',
      headers: { 'Content-Type': contentType, 'X-File-Name': encodeURIComponent(file.name) },
      body: file,
    }),
  );
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => undefined));
  return (await response.json()) as UploadedEvidence;
}
