import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BULL_BOARD_INSTANCE, BullBoardModule, type BullBoardInstance } from '@bull-board/nestjs';
import {
  DynamicModule,
  Inject,
  Injectable,
  Module,
  OnApplicationShutdown,
  OnModuleInit,
} from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import type { Clock } from '@giaoviec/kernel';
import { CLOCK } from '@giaoviec/platform';
import { DEFAULT_QUEUE_PREFIX } from '../reminders-worker.options';
import { queueDashboardGuard } from './queue-dashboard.guard';
import { QUEUE_DASHBOARD_ROUTE } from './queue-dashboard.route';
import { QueueDashboardSessionController } from './queue-dashboard-session.controller';

const DASHBOARD_QUEUE_NAMES = Symbol('DASHBOARD_QUEUE_NAMES');
const DASHBOARD_QUEUE_PREFIX = Symbol('DASHBOARD_QUEUE_PREFIX');

/**
 * The queues the dashboard shows, opened by the dashboard itself (the API processes no jobs,
 * so it registers no BullMQ queues of its own): monitoring connections, closed at shutdown.
 */
@Injectable()
class DashboardQueues implements OnModuleInit, OnApplicationShutdown {
  private readonly queues: Queue[] = [];

  constructor(
    @Inject(BULL_BOARD_INSTANCE) private readonly board: BullBoardInstance,
    @Inject(DASHBOARD_QUEUE_NAMES) private readonly names: readonly string[],
    @Inject(DASHBOARD_QUEUE_PREFIX) private readonly prefix: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    for (const name of this.names) {
      // The worker's prefix: without it the dashboard opens empty queues beside the real ones.
      const queue = new Queue(name, { connection: { url: this.config.redis.url }, prefix: this.prefix });
      queue.on('error', () => undefined); // Redis away: the page shows it; the API keeps serving
      this.queues.push(queue);
      this.board.addQueue(new BullMQAdapter(queue));
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.queues.map((queue) => queue.close().catch(() => undefined)));
  }
}

/**
 * The operators' BullMQ dashboard (bull-board) at `/queues`, for administrators only (the
 * 'operations.queue_dashboard' row of the policy table, enforced by queueDashboardGuard since
 * the API's guards do not run for it). Mount it in the API with the names of the queues to show.
 */
@Module({})
export class QueueDashboardModule {
  static forQueues(queueNames: readonly string[], prefix: string = DEFAULT_QUEUE_PREFIX): DynamicModule {
    return {
      module: QueueDashboardModule,
      imports: [
        BullBoardModule.forRootAsync({
          inject: [APP_CONFIG, CLOCK],
          useFactory: (config: AppConfig, clock: Clock) => ({
            route: QUEUE_DASHBOARD_ROUTE,
            adapter: ExpressAdapter,
            middleware: queueDashboardGuard(config, clock),
          }),
        }),
      ],
      controllers: [QueueDashboardSessionController],
      providers: [
        { provide: DASHBOARD_QUEUE_NAMES, useValue: [...new Set(queueNames)] },
        { provide: DASHBOARD_QUEUE_PREFIX, useValue: prefix },
        DashboardQueues,
      ],
    };
  }
}
