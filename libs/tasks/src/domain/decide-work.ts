import type { DecisionContext } from '@giaoviec/kernel';
import type { AcknowledgeTask, ReportProgress } from './task.commands';
import type { TaskEvent } from './task.events';
import {
  definedOnly,
  optionalText,
  requireAcknowledged,
  requireAssigned,
  requireLeadAgency,
  requireOpen,
  requireText,
  requireWorkable,
} from './task.guards';
import { taskViolation } from './task-rules';
import { reportEvidence } from './report-evidence';
import { requireValidPercent } from './percent-complete';
import type { TaskState } from './task.state';

/** The lead agency takes the task on and, with the coordinating agencies, reports on it. */

export function acknowledge(
  { data }: AcknowledgeTask,
  state: TaskState,
  context: DecisionContext,
): TaskEvent[] {
  const task = requireAssigned(state, data.taskId);
  requireOpen(task, 'be acknowledged');
  requireLeadAgency(task, context, 'acknowledge');
  if (task.acknowledged) {
    throw taskViolation(
      'task.already_acknowledged',
      `Task ${task.taskId} was already acknowledged by agency ${task.leadAgencyId}.`,
      { taskId: task.taskId, leadAgencyId: task.leadAgencyId },
    );
  }
  return [
    {
      type: 'TaskAcknowledged',
      data: definedOnly({
        taskId: task.taskId,
        agencyId: context.actor.agencyId,
        note: optionalText(data.note),
      }),
    },
  ];
}

export function reportProgress(
  { data }: ReportProgress,
  state: TaskState,
  context: DecisionContext,
): TaskEvent[] {
  const task = requireAssigned(state, data.taskId);
  requireWorkable(task, 'receive progress reports');
  const agencyId = context.actor.agencyId;
  const isLead = agencyId === task.leadAgencyId;
  if (!isLead && !task.coordinatingAgencyIds.includes(agencyId)) {
    throw taskViolation(
      'task.not_participating_agency',
      `Agency ${agencyId} is neither the lead agency (${task.leadAgencyId}) nor a coordinating agency of task ${task.taskId}, so it cannot report progress on it.`,
      { taskId: task.taskId, agencyId, leadAgencyId: task.leadAgencyId },
    );
  }
  if (isLead) requireAcknowledged(task, 'report progress');
  const reportId = requireText(
    data.reportId,
    'task.id_required',
    `A progress report on task ${task.taskId} needs an id.`,
  );
  const summary = requireText(
    data.summary,
    'progress.summary_required',
    `A progress report on task ${task.taskId} needs a summary of what was done.`,
    { taskId: task.taskId },
  );
  const percent = requireValidPercent(data.percentComplete, task.taskId);
  return [
    {
      type: 'ProgressReported',
      data: definedOnly({
        taskId: task.taskId,
        reportId,
        agencyId,
        summary,
        percentComplete: percent,
        reportedOn: context.today,
        evidence: reportEvidence(data.evidence, task.taskId),
      }),
    },
  ];
}
