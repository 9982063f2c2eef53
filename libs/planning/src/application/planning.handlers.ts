import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventSourcedExecutor, type StreamWriteResult } from '@giaoviec/platform';
import {
  decideIndicatorDefinition,
  indicatorDecider,
  indicatorIdsRevisedBy,
  indicatorStreamId,
  isIndicatorEvent,
  planAmendmentDecisions,
  planAndIndicatorsState,
  planDecider,
  planStreamId,
  type IndicatorEvent,
  type PlanEvent,
  type PlanningEvent,
} from '../domain';
import {
  AmendPlanCommand,
  DefineIndicatorCommand,
  ExecutePlanCommand,
  IndicatorValueCommand,
} from './planning.commands';

@CommandHandler(ExecutePlanCommand)
export class ExecutePlanCommandHandler implements ICommandHandler<ExecutePlanCommand> {
  constructor(private readonly executor: EventSourcedExecutor) {}

  execute({ command, context, expectedVersion }: ExecutePlanCommand): Promise<StreamWriteResult> {
    return this.executor.execute({
      streamId: planStreamId(command.data.planId),
      decider: planDecider,
      command,
      context,
      expectedVersion,
    });
  }
}

/** Splits histories read by the executor into the plan's events and each indicator's. */
function planningState(planId: string, histories: ReadonlyMap<string, readonly PlanningEvent[]>) {
  const planEvents = (histories.get(planStreamId(planId)) ?? []) as PlanEvent[];
  const indicatorEvents: Record<string, IndicatorEvent[]> = {};
  for (const [, events] of histories) {
    for (const event of events) {
      if (isIndicatorEvent(event)) (indicatorEvents[event.data.indicatorId] ??= []).push(event);
    }
  }
  return planAndIndicatorsState(planEvents, indicatorEvents);
}

@CommandHandler(AmendPlanCommand)
export class AmendPlanCommandHandler implements ICommandHandler<AmendPlanCommand> {
  constructor(private readonly executor: EventSourcedExecutor) {}

  execute({ command, context }: AmendPlanCommand): Promise<StreamWriteResult[]> {
    const { planId } = command.data;
    return this.executor.executeAcrossStreams<PlanningEvent>({
      streamIds: [planStreamId(planId), ...indicatorIdsRevisedBy(command).map(indicatorStreamId)],
      context,
      decide: (histories, decisionContext) => {
        const decision = planAmendmentDecisions(command, planningState(planId, histories), decisionContext);
        return [decision.plan, ...decision.indicators];
      },
    });
  }
}

@CommandHandler(DefineIndicatorCommand)
export class DefineIndicatorCommandHandler implements ICommandHandler<DefineIndicatorCommand> {
  constructor(private readonly executor: EventSourcedExecutor) {}

  async execute({ command, context }: DefineIndicatorCommand): Promise<StreamWriteResult> {
    const { planId, indicatorId } = command.data;
    const [written] = await this.executor.executeAcrossStreams<PlanningEvent>({
      streamIds: [planStreamId(planId), indicatorStreamId(indicatorId)],
      context,
      decide: (histories, decisionContext) => [
        {
          streamId: indicatorStreamId(indicatorId),
          events: decideIndicatorDefinition(command, planningState(planId, histories), decisionContext),
        },
      ],
    });
    return written;
  }
}

@CommandHandler(IndicatorValueCommand)
export class IndicatorValueCommandHandler implements ICommandHandler<IndicatorValueCommand> {
  constructor(private readonly executor: EventSourcedExecutor) {}

  execute({ command, context, expectedVersion }: IndicatorValueCommand): Promise<StreamWriteResult> {
    return this.executor.execute({
      streamId: indicatorStreamId(command.data.indicatorId),
      decider: indicatorDecider,
      command,
      context,
      expectedVersion,
    });
  }
}

export const PLANNING_COMMAND_HANDLERS = [
  ExecutePlanCommandHandler,
  AmendPlanCommandHandler,
  DefineIndicatorCommandHandler,
  IndicatorValueCommandHandler,
];
