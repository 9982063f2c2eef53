import { reportEvidence } from './report-evidence';
import type { DecisionContext } from '@giaoviec/kernel';
import type { AcknowledgeCoordination, ReportContribution } from './task.commands';
import type { TaskEvent } from './task.events';
import { definedOnly, optionalText, requireAssigned, requireOpen, requireText } from './task.guards';
import { requireValidPercent } from './percent-complete';
import { taskViolation } from './task-rules';
import type { AssignedTaskState, TaskState } from './task.state';
import type { CoordinatorPart } from './coordination-state';

/**
 * A coordinating agency (phối hợp) owes its part: it acknowledges it, then reports what it
 * contributed. Only while the task is open (awaiting review included: a late contribution is
 * still a fact of its record), and only an agency the task names as coordinating now.
 */

export function acknowledgeCoordination(
  { data }: AcknowledgeCoordination,
  state: TaskState,
  context: DecisionContext,
): TaskEvent[] {
  const task = requireAssigned(state, data.taskId);
  requireOpen(task, 'have its coordinating part acknowledged');
  const part = requireCoordinatingAgency(task, context, 'acknowledge its coordinating part of');
  // As for the lead agency's acknowledgement: once, and a second one is refused, not recorded.
  if (part.state !== 'not_acknowledged') {
    throw taskViolation(
      'coordination.already_acknowledged',
      `Agency ${part.agencyId} already acknowledged its coordinating part of task ${task.taskId} on ${part.acknowledgedOn}.`,
      { taskId: task.taskId, agencyId: part.agencyId, acknowledgedOn: part.acknowledgedOn },
    );
  }
  return [
    {
      type: 'CoordinationAcknowledged',
      data: definedOnly({
        taskId: task.taskId,
        agencyId: part.agencyId,
        note: optionalText(data.note),
        acknowledgedOn: context.today,
      }),
    },
  ];
}

export function reportContribution(
  { data }: ReportContribution,
  state: TaskState,
  context: DecisionContext,
): TaskEvent[] {
  const task = requireAssigned(state, data.taskId);
  requireOpen(task, 'receive contributions from its coordinating agencies');
  const part = requireCoordinatingAgency(task, context, 'report a contribution to');
  const reportId = requireText(
    data.reportId,
    'task.id_required',
    `A contribution to task ${task.taskId} needs an id.`,
  );
  // The client chose the id: the same report sent again (a retry) records nothing.
  if (part.contributionReportIds.includes(reportId)) return [];
  if (part.state === 'not_acknowledged') {
    throw taskViolation(
      'coordination.not_acknowledged',
      `Agency ${part.agencyId} has not acknowledged its coordinating part of task ${task.taskId}; acknowledge it before you report a contribution.`,
      { taskId: task.taskId, agencyId: part.agencyId },
    );
  }
  const summary = requireText(
    data.summary,
    'coordination.summary_required',
    `A contribution to task ${task.taskId} needs a summary of what was done.`,
    { taskId: task.taskId },
  );
  const percent = requireValidPercent(data.percentComplete, task.taskId);
  return [
    {
      type: 'ContributionReported',
      data: definedOnly({
        taskId: task.taskId,
        agencyId: part.agencyId,
        reportId,
        summary,
        percentComplete: percent,
        reportedOn: context.today,
        dueDate: task.dueDate,
        onTime: task.dueDate === null || context.today <= task.dueDate,
        evidence: reportEvidence(data.evidence, task.taskId),
      }),
    },
  ];
}

/** The actor's agency's part: the lead agency and any agency not (or no longer) coordinating are refused. */
function requireCoordinatingAgency(
  task: AssignedTaskState,
  context: DecisionContext,
  action: string,
): CoordinatorPart {
  const agencyId = context.actor.agencyId;
  if (agencyId === task.leadAgencyId) {
    throw taskViolation(
      'coordination.lead_agency',
      `Agency ${agencyId} leads task ${task.taskId}; only a coordinating agency can ${action} it.`,
      { taskId: task.taskId, agencyId },
    );
  }
  const part = task.coordinators.find((candidate) => candidate.agencyId === agencyId);
  if (!part) {
    throw taskViolation(
      'coordination.not_coordinating_agency',
      `Agency ${agencyId} is not a coordinating agency of task ${task.taskId} (they are: ${task.coordinatingAgencyIds.join(', ') || 'none'}), so it cannot ${action} it.`,
      { taskId: task.taskId, agencyId, coordinatingAgencyIds: task.coordinatingAgencyIds },
    );
  }
  return part;
}
