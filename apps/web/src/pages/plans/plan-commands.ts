import { api, unwrap } from '../../api/client';
import type { components } from '../../api/openapi';
import { optionalText } from '../pending/task-commands';
import type { AssignedTasks } from '../../api/standing-office-views';

type Schemas = components['schemas'];

/** A document's number and date are null when the document does not give them. */
type Documented<T> = Omit<T, 'number' | 'issuedOn'> & { number?: string | null; issuedOn?: string | null };

export type IssuePlanBody = Documented<Schemas['IssuePlanRequest']>;
export interface AmendPlanBody extends Omit<Schemas['AmendPlanRequest'], 'amendingDocument'> {
  amendingDocument: Documented<Schemas['AmendingDocumentDto']>;
}

/** An Idempotency-Key, when the sender may send the same command again (a retry after no answer). */
const once = (idempotencyKey: string | undefined) =>
  idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : undefined;

/** The standing office's commands on plans. */
export const planCommands = {
  issue: (body: IssuePlanBody, idempotencyKey?: string) =>
    unwrap<{ streamId: string }>(
      api.POST('/plans', {
        params: { header: once(idempotencyKey) },
        // openapi.d.ts types the nullable number and date oddly; the API takes text or null.
        body: body as Schemas['IssuePlanRequest'],
      }),
    ),
  defineIndicator: (planId: string, body: Schemas['DefineIndicatorRequest']) =>
    unwrap(api.POST('/plans/{planId}/indicators', { params: { path: { planId } }, body })),
  assignTask: (planId: string, body: Schemas['AssignTaskRequest'], idempotencyKey?: string) =>
    unwrap<AssignedTasks>(
      api.POST('/plans/{planId}/tasks', {
        params: { path: { planId }, header: once(idempotencyKey) },
        body,
      }),
    ),
  amend: (planId: string, body: AmendPlanBody) =>
    unwrap(
      api.POST('/plans/{planId}/amendments', {
        params: { path: { planId } },
        body: body as Schemas['AmendPlanRequest'],
      }),
    ),
};

/** The signer for the API: both given, or none. */
export function signerOf(values: { signerName?: string; signerTitle?: string }) {
  const name = optionalText(values.signerName);
  const title = optionalText(values.signerTitle);
  return name && title ? { name, title } : undefined;
}
