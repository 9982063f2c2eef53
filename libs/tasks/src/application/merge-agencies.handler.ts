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
import { mergerCommands, taskDecider, taskStreamId } from '../domain';
import { OpenTasksOfAgencies } from './open-tasks-of-agencies';

type TaskWritten = StreamWriteResult & { readonly taskId: string };

export interface MergeOutcome {
  readonly agencies: StreamWriteResult[];
  /** Tasks the merged agencies led, now led by the surviving one. */
  readonly reassignedTasks: readonly TaskWritten[];
  /** Tasks they coordinated, now coordinated by the surviving one. */
  readonly coordinationMerged: readonly TaskWritten[];
  /** Second tasks of one fan-out group for the surviving agency, cancelled as duplicates. */
  readonly duplicatesClosed: readonly TaskWritten[];
}

/** Communes (or departments) merge; their open tasks, led or coordinated, pass to the surviving agency. */
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
    const names = new Map<string, string>();
    const agencies = await this.executor.executeAcrossStreams<AgencyEvent>({
      streamIds: agencyIds.map(agencyStreamId),
      context,
      decide: (histories, decisionContext) => {
        const states: Record<string, AgencyState> = {};
        for (const agencyId of agencyIds) {
          states[agencyId] = fold(agencyDecider, histories.get(agencyStreamId(agencyId)) ?? []);
          const state = states[agencyId];
          if (state.status !== 'unregistered') names.set(agencyId, state.name);
        }
        const decision = agencyMergeDecisions(
          { type: 'MergeAgencies', data: merge },
          states,
          decisionContext,
        );
        return [decision.target, ...decision.merged];
      },
    });

    const nameOf = (agencyId: string) => names.get(agencyId) ?? agencyId;
    const mergedAway = merge.mergedAgencyIds.filter((id) => id !== merge.targetAgencyId);
    const commands = mergerCommands(
      {
        mergedAgencyIds: merge.mergedAgencyIds,
        targetAgencyId: merge.targetAgencyId,
        reason: `Sáp nhập ${mergedAway.map(nameOf).join(', ')} vào ${nameOf(merge.targetAgencyId)} theo ${merge.decisionRef}`,
      },
      await this.openTasks.find(agencyIds),
    );
    const outcome = {
      reassignedTasks: [] as TaskWritten[],
      coordinationMerged: [] as TaskWritten[],
      duplicatesClosed: [] as TaskWritten[],
    };
    const listOf = {
      ReassignTask: outcome.reassignedTasks,
      MergeCoordinatingAgencies: outcome.coordinationMerged,
      CancelTask: outcome.duplicatesClosed,
    };
    for (const command of commands) {
      const written = await this.executor.execute({
        streamId: taskStreamId(command.data.taskId),
        decider: taskDecider,
        command,
        context,
      });
      listOf[command.type].push({ ...written, taskId: command.data.taskId });
    }
    return { agencies, ...outcome };
  }
}
