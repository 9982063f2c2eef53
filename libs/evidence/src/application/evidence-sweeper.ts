import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import type { Clock } from '@giaoviec/kernel';
import { CLOCK, HourlyHousekeeping } from '@giaoviec/platform';
import { EVIDENCE_BLOB_STORE, type EvidenceBlobStore } from '../evidence-blob-store.port';
import { EvidenceCatalog } from './evidence-catalog';

const HOUR_MS = 3_600_000;

/**
 * Removes, hourly in the worker, the files uploaded more than EVIDENCE_UNREFERENCED_HOURS ago
 * that no report names (a form abandoned after its upload). A file a report names is never
 * removed: nothing is deleted from the record of the work.
 */
@Injectable()
export class EvidenceSweeper extends HourlyHousekeeping<string[]> {
  protected readonly nothingDone: string[] = [];
  protected readonly failureMessage =
    'Could not remove unreferenced evidence files; will try again next hour';

  constructor(
    private readonly catalog: EvidenceCatalog,
    @Inject(EVIDENCE_BLOB_STORE) private readonly blobs: EvidenceBlobStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    super();
  }

  /** The ids of the files removed. */
  protected async work(): Promise<string[]> {
    const before = new Date(this.clock.now().getTime() - this.config.evidence.unreferencedHours * HOUR_MS);
    const removed = await this.catalog.removeUnreferenced(before);
    for (const evidenceId of removed) await this.blobs.delete(evidenceId);
    if (removed.length > 0)
      this.logger.log({ removed: removed.length }, 'Unreferenced evidence files removed');
    return removed;
  }
}
