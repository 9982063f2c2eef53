import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '@giaoviec/platform';

/** What a stored evidence file is, as the catalog keeps it. */
export interface EvidenceRecord {
  readonly evidenceId: string;
  readonly taskId: string;
  /** The agency that uploaded it: only it may name the file in a report. */
  readonly agencyId: string;
  readonly uploadedBy: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly uploadedAt: Date;
  /** When a report first named it; null while it is named by none. */
  readonly referencedAt: Date | null;
}

interface EvidenceRow {
  evidence_id: string;
  task_id: string;
  agency_id: string;
  uploaded_by: string;
  file_name: string;
  content_type: string;
  size_bytes: string;
  sha256: string;
  uploaded_at: Date;
  referenced_at: Date | null;
}

const recordOf = (row: EvidenceRow): EvidenceRecord => ({
  evidenceId: row.evidence_id,
  taskId: row.task_id,
  agencyId: row.agency_id,
  uploadedBy: row.uploaded_by,
  fileName: row.file_name,
  contentType: row.content_type,
  sizeBytes: Number(row.size_bytes),
  sha256: row.sha256,
  uploadedAt: row.uploaded_at,
  referencedAt: row.referenced_at,
});

/** The `evidence_files` table (migration 0009), in PostgreSQL whichever store holds the bytes. */
@Injectable()
export class EvidenceCatalog {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async add(record: Omit<EvidenceRecord, 'referencedAt'>): Promise<void> {
    await this.pool.query(
      `INSERT INTO evidence_files (evidence_id, task_id, agency_id, uploaded_by, file_name, content_type,
          size_bytes, sha256, uploaded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        record.evidenceId,
        record.taskId,
        record.agencyId,
        record.uploadedBy,
        record.fileName,
        record.contentType,
        record.sizeBytes,
        record.sha256,
        record.uploadedAt,
      ],
    );
  }

  async find(evidenceIds: readonly string[]): Promise<Map<string, EvidenceRecord>> {
    const { rows } = await this.pool.query<EvidenceRow>(
      'SELECT * FROM evidence_files WHERE evidence_id = ANY($1::text[])',
      [evidenceIds],
    );
    return new Map(rows.map((row) => [row.evidence_id, recordOf(row)]));
  }

  /**
   * Marks the files as named by a report; the ids of those still there. One statement, so a
   * sweep running at the same moment either removed a file first (it is not returned) or
   * finds it referenced.
   */
  async markReferenced(evidenceIds: readonly string[], at: Date): Promise<Set<string>> {
    const { rows } = await this.pool.query<{ evidence_id: string }>(
      `UPDATE evidence_files SET referenced_at = COALESCE(referenced_at, $2)
        WHERE evidence_id = ANY($1::text[]) RETURNING evidence_id`,
      [evidenceIds, at],
    );
    return new Set(rows.map((row) => row.evidence_id));
  }

  /** Removes the files uploaded before `before` that no report names; their ids. */
  async removeUnreferenced(before: Date): Promise<string[]> {
    const { rows } = await this.pool.query<{ evidence_id: string }>(
      `DELETE FROM evidence_files WHERE referenced_at IS NULL AND uploaded_at < $1 RETURNING evidence_id`,
      [before],
    );
    return rows.map((row) => row.evidence_id);
  }
}
