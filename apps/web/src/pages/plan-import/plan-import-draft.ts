import type { components } from '../../api/openapi';

type Schemas = components['schemas'];
export type PlanImportDraft = Schemas['PlanImportDraftView'];
type AgencyReference = Schemas['AgencyReferenceView'];

/** A lead the officer picks: one agency, or every commune (the API fans it out). */
export const ALL_COMMUNES = '__all_communes__';

/** One row of the review table: a candidate task for one lead agency. */
export interface TaskRow {
  readonly key: string;
  readonly code: string;
  title: string;
  /** An agency id, ALL_COMMUNES, or null while the officer has not chosen. */
  lead: string | null;
  /** How the text names the lead when the directory does not have it. */
  readonly unknownLead: string | null;
  dueDate: string | null;
  readonly deadlineText: string | null;
  readonly quote: string;
  ticked: boolean;
}

function leadValue(ref: AgencyReference | null | undefined): {
  lead: string | null;
  unknownLead: string | null;
} {
  if (!ref) return { lead: null, unknownLead: null };
  if (ref.kind === 'agency') return { lead: ref.agencyId, unknownLead: null };
  if (ref.kind === 'all_communes') return { lead: ALL_COMMUNES, unknownLead: null };
  // A group of departments, or a name not in the directory: the officer chooses.
  return { lead: null, unknownLead: ref.text };
}

/** Rows for review: a task the text gives to several agencies side by side becomes one row each. */
export function taskRows(draft: PlanImportDraft): TaskRow[] {
  return draft.tasks.flatMap((task) => {
    const leads = task.lead ? [task.lead, ...task.coLeads] : [null];
    return leads.map((ref, index) => ({
      key: `${task.code}#${index}`,
      code: task.code,
      title: task.title,
      ...leadValue(ref),
      dueDate: task.deadline?.date ?? null,
      deadlineText: task.deadline?.text ?? null,
      quote: `Dòng ${task.quote.line}: ${task.quote.text}`,
      ticked: true,
    }));
  });
}

/** The body of POST /plans/{planId}/tasks for a reviewed row; a task without deadline ends with the plan. */
export function assignBody(row: TaskRow, periodEnd: string): Schemas['AssignTaskRequest'] {
  const lead = row.lead === ALL_COMMUNES ? { allCommunes: true } : { leadAgencyId: row.lead ?? undefined };
  return {
    code: row.code,
    title: row.title,
    ...lead,
    dueDate: row.dueDate ?? periodEnd,
    dueDateIsPeriodEnd: row.dueDate === null,
  };
}
