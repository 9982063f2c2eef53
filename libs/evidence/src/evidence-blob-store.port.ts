/**
 * Where the bytes of evidence files live, by key (the evidence id). What a file is (its
 * task, uploader, name, type, hash) is kept in PostgreSQL by the EvidenceCatalog, whichever
 * adapter holds the bytes: PostgreSQL on one machine, an S3-compatible store in production.
 */
export interface EvidenceBlobStore {
  /** Stores the bytes under the key; storing the same key again replaces them. */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The bytes stored under the key, or undefined when there are none. */
  get(key: string): Promise<Buffer | undefined>;
  /** Removes the bytes; removing a key that holds nothing is not an error. */
  delete(key: string): Promise<void>;
  close(): Promise<void>;
}

export const EVIDENCE_BLOB_STORE = Symbol('EVIDENCE_BLOB_STORE');
