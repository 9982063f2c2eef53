import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventSourcedExecutor, ResourceOwners } from '@giaoviec/platform';
import { userDecider, userStreamId } from '../../domain';

/** Tells the policy which agency a user belongs to (`user_agency`): the one they act for now. */
@Injectable()
export class UserOwnership implements OnModuleInit {
  constructor(
    private readonly owners: ResourceOwners,
    private readonly executor: EventSourcedExecutor,
  ) {}

  onModuleInit(): void {
    this.owners.register('user_agency', async (userId) => {
      const { state } = await this.executor.load(userStreamId(userId), userDecider);
      return state.status === 'unregistered' ? undefined : [state.agencyId];
    });
  }
}
