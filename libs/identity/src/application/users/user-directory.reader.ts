import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@giaoviec/event-store';
import type { Clock } from '@giaoviec/kernel';
import { CLOCK, EventSourcedExecutor, StreamCategoryView } from '@giaoviec/platform';
import {
  USER_EVENT_TYPES,
  USER_STREAM_PREFIX,
  userDecider,
  userStreamId,
  userViolation,
  type UserEvent,
  type UserState,
} from '../../domain';
import { CredentialsRepository } from '../credentials/credentials.repository';
import { userView, type UserView } from './user.views';

/** The accounts: the users' streams, with the lock-outs in force from the credentials table. */
@Injectable()
export class UserDirectoryReader {
  private readonly view: StreamCategoryView<UserState, UserEvent>;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly executor: EventSourcedExecutor,
    private readonly credentials: CredentialsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.view = new StreamCategoryView(store, {
      streamPrefix: USER_STREAM_PREFIX,
      eventTypes: USER_EVENT_TYPES,
      evolver: userDecider,
    });
  }

  /** Every registered user, as far as the global log can be read now. */
  async list(): Promise<UserView[]> {
    const [streams, locks] = await Promise.all([
      this.view.current(),
      this.credentials.locksInForce(this.clock.now()),
    ]);
    const users: UserView[] = [];
    for (const { state, version } of streams.values()) {
      if (state.status !== 'unregistered') users.push(userView(state, version, locks.get(state.userId)));
    }
    return users;
  }

  /** One user, read from their own stream (exact, never lagging). */
  async get(userId: string): Promise<UserView> {
    const { state, version } = await this.executor.load(userStreamId(userId), userDecider);
    if (state.status === 'unregistered') {
      throw userViolation('user.not_found', `User ${userId} does not exist.`, { userId });
    }
    const stored = await this.credentials.findByUserId(userId);
    const lockedUntil =
      stored?.lockedUntil && stored.lockedUntil.getTime() > this.clock.now().getTime()
        ? stored.lockedUntil
        : null;
    return userView(state, version, lockedUntil);
  }
}
