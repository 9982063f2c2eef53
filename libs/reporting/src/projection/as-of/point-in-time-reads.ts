import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import {
  FixedClock,
  lastInstantOf,
  localDateAt,
  pointInTime,
  type Clock,
  type LocalDate,
} from '@giaoviec/kernel';
import { CLOCK, PG_POOL } from '@giaoviec/platform';
import { READ_MODEL_STORE, type ReadModelStore } from '../read-model-store';
import { AsOfGenerations } from './as-of-generations';
import { AsOfReadModelStore } from './as-of-read-model-store';

/** Where a read answers from, and which day is "today" to it. */
export interface ReadPoint {
  /** The past day the answer shows as it stood at its end; null: live, now. */
  readonly asOf: LocalDate | null;
  readonly store: ReadModelStore;
  /** Stopped at the last instant of `asOf` when looking back: days overdue, due this week, the year. */
  readonly clock: Clock;
}

/** An answer that says which past day it shows (null: live). */
export type AnswerAsOf<Answer> = Answer & { readonly asOf: LocalDate | null };

/** Query classes built from a store and a clock, as every read model's are. */
export type ReadModelQueriesClass<Queries> = new (store: ReadModelStore, clock: Clock) => Queries;

/**
 * `?asOf=` of the read routes: no date or today is the live read models and the real clock;
 * a past day is that day's as-of generation with a clock stopped at its end; a day to come
 * is refused (`read_models.as_of_in_future`).
 */
@Injectable()
export class PointInTimeReads {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly live: ReadModelStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly generations: AsOfGenerations,
  ) {}

  async at(asOf: LocalDate | undefined): Promise<ReadPoint> {
    const point = pointInTime(asOf, localDateAt(this.clock.now()));
    if (point.kind === 'live') return { asOf: null, store: this.live, clock: this.clock };
    const ensure = () => this.generations.ensure(point.day, point.recordedBefore);
    return {
      asOf: point.day,
      store: new AsOfReadModelStore(this.pool, await ensure(), ensure),
      clock: new FixedClock(lastInstantOf(point.day)),
    };
  }

  /** The live queries, or the same queries over the past day's rows and clock. */
  async queries<Queries>(
    asOf: LocalDate | undefined,
    live: Queries,
    make: ReadModelQueriesClass<Queries>,
  ): Promise<{ readonly asOf: LocalDate | null; readonly queries: Queries }> {
    const point = await this.at(asOf);
    return { asOf: point.asOf, queries: point.asOf === null ? live : new make(point.store, point.clock) };
  }
}
