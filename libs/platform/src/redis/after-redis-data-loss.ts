import { SetMetadata } from '@nestjs/common';

export const AFTER_REDIS_DATA_LOSS = Symbol('AFTER_REDIS_DATA_LOSS');

/**
 * Marks a method that puts back what this component keeps in Redis (a job scheduler, the jobs
 * derived from the log) once Redis has lost its data while the process runs. The worker's
 * RedisDataLossWatch (libs/reminders/src/healing) calls every marked method, so a component
 * that stores a schedule in Redis heals by declaring it here, wherever it lives. The method
 * takes no argument and must be idempotent: several workers may run it for the same loss.
 */
export const AfterRedisDataLoss = (): MethodDecorator => SetMetadata(AFTER_REDIS_DATA_LOSS, true);
