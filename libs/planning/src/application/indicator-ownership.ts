import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventSourcedExecutor, ResourceOwners } from '@giaoviec/platform';
import { indicatorDecider, indicatorStreamId, type IndicatorState } from '../domain';

/** Tells the policy which agency answers for an indicator: it reports its values. */
@Injectable()
export class IndicatorOwnership implements OnModuleInit {
  constructor(
    private readonly owners: ResourceOwners,
    private readonly executor: EventSourcedExecutor,
  ) {}

  onModuleInit(): void {
    this.owners.register('indicator_responsible', async (indicatorId) => {
      const { state } = await this.executor.load<IndicatorState, never>(
        indicatorStreamId(indicatorId),
        indicatorDecider,
      );
      return state.status === 'defined' ? [state.responsibleAgencyId] : undefined;
    });
  }
}
