import type { Pool } from 'pg';
import type { EvidenceBlobStore } from '../evidence-blob-store.port';

/**
 * Evidence bytes in the `evidence_blobs` table (migration 0009), for a single-machine
 * deployment: bytea holds files up to EVIDENCE_MAX_BYTES (20 MB by default) comfortably, and
 * they are backed up with the rest of the database.
 */
export class PostgresEvidenceBlobStore implements EvidenceBlobStore {
  constructor(private readonly pool: Pool) {}

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO evidence_blobs (evidence_id, content_type, bytes) VALUES ($1, $2, $3)
       ON CONFLICT (evidence_id) DO UPDATE SET content_type = EXCLUDED.content_type, bytes = EXCLUDED.bytes`,
      [key, contentType, bytes],
    );
  }

  async get(key: string): Promise<Buffer | undefined> {
    const { rows } = await this.pool.query<{ bytes: Buffer }>(
      'SELECT bytes FROM evidence_blobs WHERE evidence_id = $1',
      [key],
    );
    return rows[0]?.bytes;
  }

  async delete(key: string): Promise<void> {
    await this.pool.query('DELETE FROM evidence_blobs WHERE evidence_id = $1', [key]);
  }

  /** The pool belongs to the process (PostgresModule ends it). */
  async close(): Promise<void> {}
}
