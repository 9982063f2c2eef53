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

/** The standing office's commands on plans. */
export const planCommands = {
  issue: (body: IssuePlanBody) =>
    // openapi.d.ts types the nullable number and date oddly; the API takes text or null.
    unwrap<{ streamId: string }>(api.POST('/plans', { body: body as Schemas['IssuePlanRequest'] })),
  defineIndicator: (planId: string, body: Schemas['DefineIndicatorRequest']) =>
    unwrap(api.POST('/plans/{planId}/indicators', { params: { path: { planId } }, body })),
  assignTask: (planId: string, body: Schemas['AssignTaskRequest']) =>
    unwrap<AssignedTasks>(api.POST('/plans/{planId}/tasks', { params: { path: { planId } }, body })),
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
