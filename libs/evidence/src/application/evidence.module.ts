import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import { PG_POOL } from '@giaoviec/platform';
import { EVIDENCE_BLOB_STORE, type EvidenceBlobStore } from '../evidence-blob-store.port';
import { PostgresEvidenceBlobStore } from '../postgres/postgres-evidence-blob-store';
import { S3EvidenceBlobStore } from '../s3/s3-evidence-blob-store';
import { EvidenceAttachments } from './evidence-attachments';
import { EvidenceCatalog } from './evidence-catalog';
import { EvidenceIntake } from './evidence-intake';
import { EvidenceSweeper } from './evidence-sweeper';

/** The evidence store: the configured adapter (EVIDENCE_STORE) behind the port, the catalog, intake and attachments. */
@Module({
  providers: [
    {
      provide: EVIDENCE_BLOB_STORE,
      inject: [APP_CONFIG, PG_POOL],
      useFactory: (config: AppConfig, pool: Pool): EvidenceBlobStore => {
        const store = config.evidence.store;
        return store.adapter === 's3'
          ? S3EvidenceBlobStore.fromConfig(store)
          : new PostgresEvidenceBlobStore(pool);
      },
    },
    EvidenceCatalog,
    EvidenceIntake,
    EvidenceAttachments,
  ],
  exports: [EVIDENCE_BLOB_STORE, EvidenceCatalog, EvidenceIntake, EvidenceAttachments],
})
export class EvidenceModule implements OnApplicationShutdown {
  constructor(@Inject(EVIDENCE_BLOB_STORE) private readonly blobs: EvidenceBlobStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.blobs.close();
  }
}

/** The worker's part: the hourly sweep of files no report names. */
@Module({ imports: [EvidenceModule], providers: [EvidenceSweeper], exports: [EvidenceSweeper] })
export class EvidenceHousekeepingModule {}
