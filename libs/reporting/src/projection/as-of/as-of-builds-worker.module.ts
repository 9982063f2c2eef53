import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AsOfBuildProcessor, AsOfPrebuildScheduler } from './as-of-build.processor';
import { AS_OF_BUILD_QUEUE } from './as-of-build.queue';

/**
 * Past days' read models built by the worker: the queue, its nightly job scheduler and the
 * processor. Needs BullModule.forRoot(Async) (bullRootModule: the Redis connection) and the
 * global ProjectionEngineModule (AsOfGenerations).
 */
@Module({
  imports: [BullModule.registerQueue({ name: AS_OF_BUILD_QUEUE })],
  providers: [AsOfBuildProcessor, AsOfPrebuildScheduler],
  exports: [AsOfBuildProcessor],
})
export class AsOfBuildsWorkerModule {}
