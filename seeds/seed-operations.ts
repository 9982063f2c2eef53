/**
 * Turns the seed data into the commands the API's handlers take, in the order they are
 * loaded, without touching anything: what `npm run seed` does is decided here, and checked
 * by seed-data.unit.spec.ts. A fact the documents do not give (a plan number, a date of issue,
 * a signer, an original target, the amending document's number or date) is sent as unknown
 * (null, or no target) and listed in `unknown`, so the loader can say what was recorded as unknown.
 */
import { v5 as uuidv5 } from 'uuid';
import type { RegisterAgency } from '@giaoviec/agencies';
import type { Actor } from '@giaoviec/kernel';
import type { AmendPlan, DefineIndicator, IssuePlan } from '@giaoviec/planning';
import type { CommandContext } from '@giaoviec/platform';
import type { AssignmentTarget, AssignTaskCommand, TaskSource } from '@giaoviec/tasks';
import { slugOf } from './data/communes';
import type {
  SeedAgency,
  SeedAmendment,
  SeedData,
  SeedIndicator,
  SeedLead,
  SeedPlan,
  SeedTask,
} from './data/seed-types';

/** The seed acts as the system, in the name of the standing office. */
export const SEED_ACTOR: Actor = { userId: 'system:seed', agencyId: 'so-khcn', role: 'system' };

const SEED_COMMAND_NAMESPACE = '0b6f5a52-7c1e-4f0e-9d4b-6a2d3c8e1f97';
/** Every event the seed appends carries this correlation id: the audit trail can show all of it at once. */
export const SEED_CORRELATION_ID = uuidv5('seed', SEED_COMMAND_NAMESPACE);

/** The command id of a seed item: derived from a stable key, so a rerun repeats the very same command. */
export function seedCommandId(key: string): string {
  return uuidv5(`seed:${key}`, SEED_COMMAND_NAMESPACE);
}

export function seedContext(key: string): CommandContext {
  const commandId = seedCommandId(key);
  return { actor: SEED_ACTOR, commandId, causationId: commandId, correlationId: SEED_CORRELATION_ID };
}

/** 'kh-284' + 'SĐ-II.2.đ' → 'kh-284-sdd-ii-2-dd' ('đ' → 'dd', so 'II.2.d' and 'II.2.đ' differ). */
export function seedTaskId(planId: string, code: string, leadAgencyId?: string): string {
  const codeSlug = slugOf(code.replace(/đ/g, 'dd').replace(/Đ/g, 'DD'));
  return [planId, codeSlug, ...(leadAgencyId ? [leadAgencyId] : [])].join('-');
}

/** Every seeded task names its document, section and quoted text. */
export type TaskAssignment = AssignTaskCommand['assignment'] & { readonly source: TaskSource };

export type SeedOperation =
  | { readonly kind: 'register-agency'; readonly key: string; readonly command: RegisterAgency }
  | {
      readonly kind: 'issue-plan';
      readonly key: string;
      readonly planId: string;
      readonly command: IssuePlan;
    }
  | {
      readonly kind: 'define-indicator';
      readonly key: string;
      readonly planId: string;
      readonly command: DefineIndicator;
    }
  | {
      readonly kind: 'amend-plan';
      readonly key: string;
      readonly planId: string;
      readonly command: AmendPlan;
    }
  | {
      readonly kind: 'assign-task';
      readonly key: string;
      readonly planId: string;
      readonly code: string;
      /** Null for a task fanned out to all communes: the handler derives one id per commune. */
      readonly taskId: string | null;
      readonly assignment: TaskAssignment;
      readonly target: AssignmentTarget;
    };

/** The facts of a plan the documents do not give, loaded as unknown (null). */
export interface UnknownFacts {
  readonly planId: string;
  /** e.g. 'plan kh-455 (455/KH-UBND)'. */
  readonly what: string;
  readonly facts: readonly string[];
}

export interface SeedOperations {
  readonly operations: readonly SeedOperation[];
  /** By plan, in the order of the data; plans whose documents give every fact are left out. */
  readonly unknown: readonly UnknownFacts[];
}

/** What the documents do not give about a plan itself (recorded as null). */
export function missingPlanFacts(plan: SeedPlan): string[] {
  return [
    ...(plan.number === null ? ['plan number (the document shows none)'] : []),
    ...(plan.issuedOn === null ? ['date of issue (the document shows none)'] : []),
    ...(plan.signer === null ? ['signer (the documents do not name one)'] : []),
  ];
}

/** What the documents do not give about an amending document (recorded as null). */
export function missingAmendmentFacts(amendment: SeedAmendment): string[] {
  const { amendingDocument } = amendment;
  return [
    ...(amendingDocument.number === null
      ? ['number of the amending document (the document shows none)']
      : []),
    ...(amendingDocument.issuedOn === null
      ? ['date of the amending document (the document shows none)']
      : []),
  ];
}

/**
 * Every fact a plan's data lacks: its own, its indicators' targets (defined with none, so a
 * revision of them has no previous value), its amendments' documents.
 */
export function allMissingFacts(plan: SeedPlan): string[] {
  return [
    ...missingPlanFacts(plan),
    ...plan.indicators
      .filter((indicator) => indicator.targets === null)
      .map((indicator) => `targets of indicator ${indicator.indicatorId} (not in the documents)`),
    ...plan.amendments.flatMap((amendment) =>
      missingAmendmentFacts(amendment).map((fact) => `amendment ${amendment.amendmentId}: ${fact}`),
    ),
  ];
}

/** Every fact the seed data lacks, by plan id (plans lacking nothing are left out). */
export function missingFacts(data: SeedData): Record<string, string[]> {
  return Object.fromEntries(
    data.plans
      .map((plan) => [plan.planId, allMissingFacts(plan)] as const)
      .filter(([, facts]) => facts.length > 0),
  );
}

/** The departments a task "for every department" goes to: those of the seed data. */
export function departmentIds(data: SeedData): string[] {
  return data.agencies.filter((agency) => agency.kind === 'department').map((agency) => agency.agencyId);
}

function registerAgency(agency: SeedAgency): SeedOperation {
  const { agencyId, name, shortName, kind, parentAgencyId, code } = agency;
  return {
    kind: 'register-agency',
    key: `agency/${agencyId}`,
    command: {
      type: 'RegisterAgency',
      data: {
        agencyId,
        name,
        kind,
        ...(shortName ? { shortName } : {}),
        ...(parentAgencyId ? { parentAgencyId } : {}),
        ...(code ? { code } : {}),
      },
    },
  };
}

/** Number, date of issue and signer as the documents give them: null when they do not. */
function issuePlan(plan: SeedPlan): SeedOperation {
  const { planId, number, issuedOn, signer } = plan;
  return {
    kind: 'issue-plan',
    key: `plan/${planId}`,
    planId,
    command: {
      type: 'IssuePlan',
      data: {
        planId,
        number,
        title: plan.title,
        issuedOn,
        signer,
        issuingAuthority: plan.issuingAuthority,
        period: plan.period,
        legalBases: plan.legalBases,
        standingAgencyId: plan.standingAgencyId,
        ...(plan.summary ? { summary: plan.summary } : {}),
        ...(plan.phases
          ? { phases: plan.phases.map(({ name, from, to, focus }) => ({ name, from, to, focus })) }
          : {}),
      },
    },
  };
}

/** An indicator whose targets the documents do not give is defined with none. */
function defineIndicator(planId: string, indicator: SeedIndicator, amendmentId?: string): SeedOperation {
  const { indicatorId, code, name, group, unit, direction, responsibleAgencyId } = indicator;
  return {
    kind: 'define-indicator',
    key: `indicator/${indicatorId}`,
    planId,
    command: {
      type: 'DefineIndicator',
      data: {
        indicatorId,
        planId,
        ...(code ? { code } : {}),
        name,
        ...(group ? { group } : {}),
        unit,
        direction,
        targets: (indicator.targets ?? []).map(({ year, value }) => ({ year, value })),
        responsibleAgencyId,
        ...(amendmentId ? { introducedByAmendmentId: amendmentId } : {}),
      },
    },
  };
}

/** The amending document's number and date as the document gives them: null when it does not. */
function amendPlan(planId: string, amendment: SeedAmendment): SeedOperation {
  const { number, title, issuedOn, signer } = amendment.amendingDocument;
  return {
    kind: 'amend-plan',
    key: `plan/${planId}/amendment/${amendment.amendmentId}`,
    planId,
    command: {
      type: 'AmendPlan',
      data: {
        planId,
        amendmentId: amendment.amendmentId,
        amendingDocument: { number, title, issuedOn, ...(signer ? { signer } : {}) },
        summary: amendment.summary,
        targetRevisions: amendment.targetRevisions.map(({ indicatorId, year, newValue }) => ({
          indicatorId,
          year,
          newValue,
        })),
        addedIndicatorIds: amendment.addedIndicators.map((indicator) => indicator.indicatorId),
        addedTaskCodes: amendment.addedTasks.map((task) => task.code),
      },
    },
  };
}

/** The agencies a lead stands for, and whether it also goes to every commune. */
function leadsOf(lead: SeedLead, departments: readonly string[]): { agencies: string[]; communes: boolean } {
  if ('agencyId' in lead) return { agencies: [lead.agencyId], communes: false };
  if ('eachOf' in lead) return { agencies: [...lead.eachOf], communes: false };
  if ('allCommunes' in lead) return { agencies: [], communes: true };
  if ('allDepartments' in lead) return { agencies: [...departments], communes: false };
  return { agencies: [...departments], communes: true };
}

/**
 * One AssignTask per lead agency (one per commune for a fan-out), as the handler receives them.
 * `documentNumber`: of the plan, or of the amending document that added the task (null: none shown).
 */
export function assignTasks(
  planId: string,
  task: SeedTask,
  departments: readonly string[],
  documentNumber: string | null,
): SeedOperation[] {
  const assignment: TaskAssignment = {
    code: task.code,
    title: task.title,
    source: { documentNumber, section: task.source.section, quotedText: task.quote ?? task.title },
    ...(task.description ? { description: task.description } : {}),
    ...(task.coordinatingAgencyIds ? { coordinatingAgencyIds: [...task.coordinatingAgencyIds] } : {}),
    dueDate: task.dueDate,
    ...(task.recurrence ? { recurrence: task.recurrence } : {}),
    dueDateIsPeriodEnd: task.dueDateIsPeriodEnd,
    // The seeds record plans issued months ago, whose early deadlines have passed.
    backdated: true,
  };
  const { agencies, communes } = leadsOf(task.lead, departments);
  const several = !('agencyId' in task.lead);
  const single = agencies.map<SeedOperation>((leadAgencyId) => {
    const taskId = seedTaskId(planId, task.code, several ? leadAgencyId : undefined);
    return {
      kind: 'assign-task',
      key: `plan/${planId}/task/${task.code}/lead/${leadAgencyId}`,
      planId,
      code: task.code,
      taskId,
      assignment: { ...assignment, taskId },
      target: { leadAgencyId },
    };
  });
  const fanOut: SeedOperation[] = communes
    ? [
        {
          kind: 'assign-task',
          key: `plan/${planId}/task/${task.code}/communes`,
          planId,
          code: task.code,
          taskId: null,
          assignment,
          target: { allCommunes: true },
        },
      ]
    : [];
  return [...single, ...fanOut];
}

function planOperations(plan: SeedPlan, departments: readonly string[]): SeedOperations {
  const operations: SeedOperation[] = [issuePlan(plan)];
  for (const indicator of plan.indicators) operations.push(defineIndicator(plan.planId, indicator));
  for (const task of plan.tasks) operations.push(...assignTasks(plan.planId, task, departments, plan.number));
  for (const amendment of plan.amendments) {
    operations.push(amendPlan(plan.planId, amendment));
    for (const indicator of amendment.addedIndicators) {
      operations.push(defineIndicator(plan.planId, indicator, amendment.amendmentId));
    }
    for (const task of amendment.addedTasks) {
      operations.push(...assignTasks(plan.planId, task, departments, amendment.amendingDocument.number));
    }
  }
  const facts = allMissingFacts(plan);
  return {
    operations,
    unknown:
      facts.length === 0
        ? []
        : [{ planId: plan.planId, what: `plan ${plan.planId} (${plan.number ?? 'no number'})`, facts }],
  };
}

/** Everything `npm run seed` sends, in order: agencies first, then each plan with its indicators, tasks and amendments. */
export function seedOperations(data: SeedData): SeedOperations {
  const departments = departmentIds(data);
  const plans = data.plans.map((plan) => planOperations(plan, departments));
  return {
    operations: [...data.agencies.map(registerAgency), ...plans.flatMap((plan) => plan.operations)],
    unknown: plans.flatMap((plan) => plan.unknown),
  };
}
