import type { Migration } from './migration';

/**
 * Files sent with reports. `evidence_files` says what each file is (task, uploading agency
 * and user, name, type, size, SHA-256) and when a report first named it (`referenced_at`):
 * one uploaded and never named is removed after EVIDENCE_UNREFERENCED_HOURS. The report's
 * event carries the same facts, so the audit trail never depends on this table.
 * `evidence_blobs` holds the bytes when EVIDENCE_STORE=postgres (S3 holds them otherwise).
 */
export const evidenceFiles: Migration = {
  name: '0009-evidence-files',
  up: `
    CREATE TABLE evidence_files (
      evidence_id   text        PRIMARY KEY,
      task_id       text        NOT NULL,
      agency_id     text        NOT NULL,
      uploaded_by   text        NOT NULL,
      file_name     text        NOT NULL,
      content_type  text        NOT NULL,
      size_bytes    bigint      NOT NULL CHECK (size_bytes > 0),
      sha256        text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      uploaded_at   timestamptz NOT NULL,
      referenced_at timestamptz
    );
    CREATE INDEX evidence_files_unreferenced_idx ON evidence_files (uploaded_at) WHERE referenced_at IS NULL;
    CREATE TABLE evidence_blobs (
      evidence_id  text  PRIMARY KEY,
      content_type text  NOT NULL,
      bytes        bytea NOT NULL
    );
  `,
};
