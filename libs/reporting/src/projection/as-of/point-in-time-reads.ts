import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Pool } from 'pg';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
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
import { AS_OF_BACKGROUND_BUILDS, type AsOfBackgroundBuilds } from './as-of-background-builds';
import { AsOfGenerations, type AsOfGeneration } from './as-of-generations';
import { AsOfPreparing } from './as-of-preparing';
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
 *
 * A past day not built yet is built within the request when that replays at most
 * AS_OF_SYNC_BUILD_MAX_EVENTS events (from the nearest earlier built day); a longer build is
 * handed to the worker and the request answers 202 (`read_models.as_of_preparing`), so no
 * request waits for hours. Without a worker to hand it to (CLI, worker), it builds.
 */
@Injectable()
export class PointInTimeReads {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly live: ReadModelStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly generations: AsOfGenerations,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(AS_OF_BACKGROUND_BUILDS) private readonly background?: AsOfBackgroundBuilds,
  ) {}

  async at(asOf: LocalDate | undefined): Promise<ReadPoint> {
    const point = pointInTime(asOf, localDateAt(this.clock.now()));
    if (point.kind === 'live') return { asOf: null, store: this.live, clock: this.clock };
    const ensure = () => this.generations.ensure(point.day, point.recordedBefore);
    return {
      asOf: point.day,
      store: new AsOfReadModelStore(
        this.pool,
        await this.readyOrBuilt(point.day, point.recordedBefore),
        ensure,
      ),
      clock: new FixedClock(lastInstantOf(point.day)),
    };
  }

  /** The day built already, or built now when that is short; otherwise handed to the worker (202). */
  private async readyOrBuilt(day: LocalDate, recordedBefore: Date): Promise<AsOfGeneration> {
    const ready = await this.generations.findReady(day);
    if (ready) return ready;
    const maxEvents = this.config.asOf.syncBuildMaxEvents;
    if (this.background) {
      const plan = await this.generations.plan(day, recordedBefore, maxEvents + 1);
      if (plan.eventsToReplay > maxEvents) {
        await this.background.request(day);
        throw new AsOfPreparing(day, plan.eventsToReplay);
      }
    }
    return this.generations.ensure(day, recordedBefore);
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
