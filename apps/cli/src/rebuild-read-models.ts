import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { InfrastructureModule } from '@giaoviec/platform';
import {
  ProjectionEngineModule,
  ReadModelGenerations,
  ReadModelProjectionsModule,
  ReadModelRebuilder,
} from '@giaoviec/reporting';
import { rebuildSummary } from './rebuild-summary';

@Module({ imports: [InfrastructureModule.forRoot(), ProjectionEngineModule, ReadModelProjectionsModule] })
class RebuildModule {}

/**
 * `npm run cli -- rebuild-read-models`: replay the log into new tables, switch, drop the old
 * ones. With `ifStale` (what `npm start` runs), only when the live tables were built by other
 * projections than this code's: an upgraded machine gets its new columns filled, not empty.
 */
export async function rebuildReadModelsCommand({ ifStale }: { ifStale: boolean }): Promise<number> {
  const app = await NestFactory.createApplicationContext(RebuildModule, { logger: ['error'] });
  const abort = new AbortController();
  const onInterrupt = () => abort.abort();
  process.once('SIGINT', onInterrupt);
  try {
    if (ifStale) {
      const generations = app.get(ReadModelGenerations);
      const live = await generations.ensureLive();
      const { missing, stale } = generations.drift(live);
      if (missing.length === 0 && stale.length === 0) {
        process.stdout.write(`Read models are current (generation ${live.generation}): no rebuild needed.\n`);
        return 0;
      }
      process.stdout.write(
        `Read models of generation ${live.generation} were built by other projections (${[...stale, ...missing].join(', ')}): rebuilding.\n`,
      );
    }
    const result = await app.get(ReadModelRebuilder).rebuild({ signal: abort.signal });
    process.stdout.write(`${rebuildSummary(result)}\n`);
    return 0;
  } finally {
    process.off('SIGINT', onInterrupt);
    await app.close();
  }
}
