import { Command } from '@nestjs/cqrs';
import type { CommandContext, StreamWriteResult } from '@giaoviec/platform';
import type {
  AmendPlan,
  ConfirmIndicatorValue,
  DefineIndicator,
  PlanStreamCommand,
  ReportIndicatorValue,
  ReturnIndicatorValue,
} from '../domain';

/** IssuePlan or ClosePlan, decided by the plan's stream alone. */
export class ExecutePlanCommand extends Command<StreamWriteResult> {
  constructor(
    readonly command: PlanStreamCommand,
    readonly context: CommandContext,
    readonly expectedVersion?: number,
  ) {
    super();
  }
}

/** Decided by the plan and the indicators it revises together. */
export class AmendPlanCommand extends Command<StreamWriteResult[]> {
  constructor(
    readonly command: AmendPlan,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Written to the indicator's stream, checked against its plan. */
export class DefineIndicatorCommand extends Command<StreamWriteResult> {
  constructor(
    readonly command: DefineIndicator,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** A command of one indicator's stream about its values: report, confirm or return one. */
export class IndicatorValueCommand extends Command<StreamWriteResult> {
  constructor(
    readonly command: ReportIndicatorValue | ConfirmIndicatorValue | ReturnIndicatorValue,
    readonly context: CommandContext,
    readonly expectedVersion?: number,
  ) {
    super();
  }
}
