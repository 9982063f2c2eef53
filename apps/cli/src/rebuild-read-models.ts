import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { InfrastructureModule } from '@giaoviec/platform';
import { ProjectionEngineModule, ReadModelProjectionsModule, ReadModelRebuilder } from '@giaoviec/reporting';
import { rebuildSummary } from './rebuild-summary';

@Module({ imports: [InfrastructureModule.forRoot(), ProjectionEngineModule, ReadModelProjectionsModule] })
class RebuildModule {}

/** `npm run cli -- rebuild-read-models`: replay the log into new tables, switch, drop the old ones. */
export async function rebuildReadModelsCommand(): Promise<number> {
  const app = await NestFactory.createApplicationContext(RebuildModule, { logger: ['error', 'warn'] });
  const abort = new AbortController();
  const onInterrupt = () => abort.abort();
  process.once('SIGINT', onInterrupt);
  try {
    const result = await app.get(ReadModelRebuilder).rebuild({ signal: abort.signal });
    process.stdout.write(`${rebuildSummary(result)}\n`);
    return 0;
  } finally {
    process.off('SIGINT', onInterrupt);
    await app.close();
  }
}
