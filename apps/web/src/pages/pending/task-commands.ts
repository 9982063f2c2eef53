import { api, unwrap } from '../../api/client';
import type { components } from '../../api/openapi';

type Schemas = components['schemas'];

/**
 * The standing office's decisions on a task. Each carries the version the person saw, so a
 * change made meanwhile is refused (409) with the API's explanation instead of overwritten.
 */
export const taskDecisions = {
  grant: (taskId: string, requestId: string, body: Schemas['GrantExtensionRequest']) =>
    unwrap(
      api.POST('/tasks/{taskId}/extension-requests/{requestId}/grant', {
        params: { path: { taskId, requestId } },
        body,
      }),
    ),
  reject: (taskId: string, requestId: string, body: Schemas['RejectExtensionRequest']) =>
    unwrap(
      api.POST('/tasks/{taskId}/extension-requests/{requestId}/reject', {
        params: { path: { taskId, requestId } },
        body,
      }),
    ),
  accept: (taskId: string, body: Schemas['AcceptCompletionRequest']) =>
    unwrap(api.POST('/tasks/{taskId}/accept', { params: { path: { taskId } }, body })),
  return: (taskId: string, body: Schemas['ReturnCompletionRequest']) =>
    unwrap(api.POST('/tasks/{taskId}/return', { params: { path: { taskId } }, body })),
  escalate: (taskId: string, body: Schemas['EscalateTaskRequest']) =>
    unwrap(api.POST('/tasks/{taskId}/escalate', { params: { path: { taskId } }, body })),
};

/** A trimmed text, or nothing when left empty (optional fields are left out of the body). */
export function optionalText(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The rules of a required reason: not blank, not longer than the API takes. */
export const REASON_RULES = [
  { required: true, whitespace: true, message: 'Vui lòng nêu lý do' },
  { max: 4000, message: 'Lý do không quá 4.000 ký tự' },
];
