import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  agencyMergeDecisions,
  agencyStreamId,
  type AgencyEvent,
  type AgencyState,
  type MergeAgenciesData,
} from '@giaoviec/agencies';
import { agencyDecider } from '@giaoviec/agencies';
import { fold } from '@giaoviec/kernel';
import { EventSourcedExecutor, type CommandContext, type StreamWriteResult } from '@giaoviec/platform';
import { mergerReassignments, taskDecider, taskStreamId } from '../domain';
import { OpenTasksOfAgencies } from './open-tasks-of-agencies';

export interface MergeOutcome {
  readonly agencies: StreamWriteResult[];
  readonly reassignedTasks: ReadonlyArray<StreamWriteResult & { readonly taskId: string }>;
}

/** Communes (or departments) merge; their open tasks move to the surviving agency. */
export class MergeAgenciesCommand extends Command<MergeOutcome> {
  constructor(
    readonly merge: MergeAgenciesData,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * Lives in the tasks context because a merge moves tasks. The agency streams record the
 * merge first; the reassignments follow, each its own TaskReassigned (cause
 * `agency_merger`). Repeating the command after an interruption completes what is missing.
 */
@CommandHandler(MergeAgenciesCommand)
export class MergeAgenciesHandler implements ICommandHandler<MergeAgenciesCommand> {
  constructor(
    private readonly executor: EventSourcedExecutor,
    private readonly openTasks: OpenTasksOfAgencies,
  ) {}

  async execute({ merge, context }: MergeAgenciesCommand): Promise<MergeOutcome> {
    const agencyIds = [merge.targetAgencyId, ...merge.mergedAgencyIds];
    const agencies = await this.executor.executeAcrossStreams<AgencyEvent>({
      streamIds: agencyIds.map(agencyStreamId),
      context,
      decide: (histories, decisionContext) => {
        const states: Record<string, AgencyState> = {};
        for (const agencyId of agencyIds) {
          states[agencyId] = fold(agencyDecider, histories.get(agencyStreamId(agencyId)) ?? []);
        }
        const decision = agencyMergeDecisions(
          { type: 'MergeAgencies', data: merge },
          states,
          decisionContext,
        );
        return [decision.target, ...decision.merged];
      },
    });

    const reassignments = mergerReassignments(
      { mergedAgencyIds: merge.mergedAgencyIds, targetAgencyId: merge.targetAgencyId },
      await this.openTasks.find(merge.mergedAgencyIds),
    );
    const reassignedTasks = [];
    for (const command of reassignments) {
      const written = await this.executor.execute({
        streamId: taskStreamId(command.data.taskId),
        decider: taskDecider,
        command,
        context,
      });
      reassignedTasks.push({ ...written, taskId: command.data.taskId });
    }
    return { agencies, reassignedTasks };
  }
}
