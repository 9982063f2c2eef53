import type { components } from '../../api/openapi';
import { ApiError } from '../../api/problem';
import type { IssuePlanBody } from '../plans/plan-commands';

type AssignTaskBody = components['schemas']['AssignTaskRequest'];

/**
 * Where one command of the issuing stands. `sent`: its answer never came (the network
 * dropped, the server failed), so it may have been carried out: it is sent again with the
 * same Idempotency-Key and the same body, and the API answers the first answer instead of
 * doing it twice. `refused`: the API said no and wrote nothing; once corrected it goes under
 * a new key (the next attempt), since a key is bound to the request it was first sent with.
 */
export type StepState = 'pending' | 'sent' | 'refused' | 'done';

export interface StepProgress {
  readonly state: StepState;
  readonly attempt: number;
}

/** The issuing of one reviewed draft: the plan, then each ticked task row by its key. */
export interface IssuingProgress {
  /** Made when the text is read; every key of this draft's commands derives from it. */
  readonly draftId: string;
  readonly plan: StepProgress & { readonly planId: string | null };
  readonly tasks: Readonly<Record<string, StepProgress>>;
}

export const NOT_STARTED: StepProgress = { state: 'pending', attempt: 0 };

/** 32 random hex digits (getRandomValues, which plain http has too, unlike randomUUID). */
export function newDraftId(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
}

export function startIssuing(draftId: string): IssuingProgress {
  return { draftId, plan: { ...NOT_STARTED, planId: null }, tasks: {} };
}

/** The commands the issuing sends, each with its Idempotency-Key. */
export interface IssuingCommands {
  issue(body: IssuePlanBody, idempotencyKey: string): Promise<{ streamId: string }>;
  assign(planId: string, body: AssignTaskBody, idempotencyKey: string): Promise<unknown>;
}

/** A ticked row to assign, by the key of its row and its place in the draft (stable while it is reviewed). */
export interface TaskStep {
  readonly rowKey: string;
  readonly index: number;
  readonly body: AssignTaskBody;
}

/** `plan-import:<draft>:plan:0`, `plan-import:<draft>:task-7:1`: per draft, command and attempt. */
export function idempotencyKey(draftId: string, step: 'plan' | number, attempt: number): string {
  return `plan-import:${draftId}:${step === 'plan' ? 'plan' : `task-${step}`}:${attempt}`;
}

/** A refusal wrote nothing; anything else (no answer, our 5xx, a request still running) may have. */
export function outcomeOfFailure(failure: unknown): 'sent' | 'refused' {
  if (!(failure instanceof ApiError)) return 'sent';
  const stillRunning = failure.problem?.rule === 'idempotency.in_progress';
  return failure.status >= 400 && failure.status < 500 && !stillRunning ? 'refused' : 'sent';
}

/** A step's key: the same as last time while its outcome is unknown, a new one after a refusal. */
function attemptOf(step: StepProgress): number {
  return step.state === 'refused' ? step.attempt + 1 : step.attempt;
}

/**
 * Issues the plan (unless done) and assigns each task not yet assigned, in order, reporting
 * every change through `onChange`. Stops at the first failure and throws it, the progress
 * recorded, so calling it again with that progress finishes the rest and doubles nothing.
 */
export async function runIssuing(
  start: IssuingProgress,
  planBody: IssuePlanBody,
  tasks: readonly TaskStep[],
  commands: IssuingCommands,
  onChange: (progress: IssuingProgress) => void,
): Promise<IssuingProgress> {
  let progress = start;
  const change = (next: IssuingProgress) => {
    progress = next;
    onChange(next);
  };

  let planId = progress.plan.planId;
  if (progress.plan.state !== 'done' || !planId) {
    const attempt = attemptOf(progress.plan);
    change({ ...progress, plan: { state: 'sent', attempt, planId: null } });
    try {
      const written = await commands.issue(planBody, idempotencyKey(progress.draftId, 'plan', attempt));
      planId = written.streamId.replace(/^plan-/, '');
      change({ ...progress, plan: { state: 'done', attempt, planId } });
    } catch (failure) {
      change({ ...progress, plan: { state: outcomeOfFailure(failure), attempt, planId: null } });
      throw failure;
    }
  }

  for (const task of tasks) {
    const step = progress.tasks[task.rowKey] ?? NOT_STARTED;
    if (step.state === 'done') continue;
    const attempt = attemptOf(step);
    const record = (state: StepState) =>
      change({ ...progress, tasks: { ...progress.tasks, [task.rowKey]: { state, attempt } } });
    record('sent');
    try {
      await commands.assign(planId, task.body, idempotencyKey(progress.draftId, task.index, attempt));
      record('done');
    } catch (failure) {
      record(outcomeOfFailure(failure));
      throw failure;
    }
  }
  return progress;
}

/** How many of these rows are assigned. */
export function assignedCount(progress: IssuingProgress, rowKeys: readonly string[]): number {
  return rowKeys.filter((key) => progress.tasks[key]?.state === 'done').length;
}

/** Whether a step has been sent (and perhaps carried out): its content may no longer change. */
export function isLocked(step: StepProgress | undefined): boolean {
  return step?.state === 'sent' || step?.state === 'done';
}
