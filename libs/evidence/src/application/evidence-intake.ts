import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import type { Actor, Clock } from '@giaoviec/kernel';
import { CLOCK } from '@giaoviec/platform';
import { EVIDENCE_BLOB_STORE, type EvidenceBlobStore } from '../evidence-blob-store.port';
import { EVIDENCE_FILE_TYPES, judgeFileType, mediaTypeOf } from '../evidence-file-types';
import { EvidenceCatalog, type EvidenceRecord } from './evidence-catalog';
import { evidenceRefused } from './evidence-problems';

/** What an upload answers, and what a report's event records of each file. */
export interface ReceivedEvidence {
  readonly evidenceId: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
}

export interface EvidenceUpload {
  readonly taskId: string;
  readonly actor: Actor;
  /** The Content-Type the client sent. */
  readonly declaredType: string | undefined;
  /** The X-File-Name header: the name, percent-encoded UTF-8 (encodeURIComponent). */
  readonly encodedFileName: string | undefined;
  /** The raw body: a Buffer, or nothing when none was sent. */
  readonly body: unknown;
}

const MAX_FILE_NAME_LENGTH = 255;
const ALLOWED_TYPES = EVIDENCE_FILE_TYPES.map((type) => type.contentType);

/**
 * Takes in a file for a task: refuses it when empty, too large, of a type not allowed, or
 * whose content is not what it claims to be; otherwise hashes it (SHA-256), keeps its bytes
 * in the configured store and its facts in the catalog.
 */
@Injectable()
export class EvidenceIntake {
  constructor(
    private readonly catalog: EvidenceCatalog,
    @Inject(EVIDENCE_BLOB_STORE) private readonly blobs: EvidenceBlobStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async receive(upload: EvidenceUpload): Promise<ReceivedEvidence> {
    const fileName = decodedFileName(upload.encodedFileName);
    const bytes = Buffer.isBuffer(upload.body) ? upload.body : Buffer.alloc(0);
    if (bytes.length === 0) {
      throw evidenceRefused(
        'evidence.empty',
        `The file ${JSON.stringify(fileName)} is empty: send its bytes as the body.`,
      );
    }
    const maxBytes = this.config.evidence.maxBytes;
    if (bytes.length > maxBytes) {
      throw evidenceRefused(
        'evidence.too_large',
        `The file is ${bytes.length} bytes; at most ${maxBytes} are accepted.`,
        { maxBytes, sizeBytes: bytes.length },
      );
    }
    const verdict = judgeFileType(upload.declaredType, fileName, bytes);
    if (!verdict.accepted) {
      const declared = mediaTypeOf(upload.declaredType) || '(none)';
      throw verdict.reason === 'type_not_allowed'
        ? evidenceRefused(
            'evidence.type_not_allowed',
            `Files of type ${declared} are not accepted; send one of: ${ALLOWED_TYPES.join(', ')}.`,
            { contentType: declared, allowedTypes: ALLOWED_TYPES },
          )
        : evidenceRefused(
            'evidence.type_mismatch',
            verdict.reason === 'content_mismatch'
              ? `The file ${JSON.stringify(fileName)} was declared ${declared}, but its content is not of that type.`
              : `The file ${JSON.stringify(fileName)} was declared ${declared}, but its name does not end in ${EVIDENCE_FILE_TYPES.find((type) => type.contentType === declared)?.extensions.join(' or ')}.`,
            // `mismatch`, not `reason`: problems use `reason` for why access was refused.
            {
              contentType: declared,
              fileName,
              mismatch: verdict.reason === 'content_mismatch' ? 'content' : 'extension',
            },
          );
    }
    const received: ReceivedEvidence = {
      evidenceId: randomUUID(),
      fileName,
      contentType: verdict.type.contentType,
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
    await this.blobs.put(received.evidenceId, bytes, received.contentType);
    try {
      await this.catalog.add({
        ...received,
        taskId: upload.taskId,
        agencyId: upload.actor.agencyId,
        uploadedBy: upload.actor.userId,
        uploadedAt: this.clock.now(),
      });
    } catch (error) {
      // Bytes without a catalog row would never be swept: take them back.
      await this.blobs.delete(received.evidenceId).catch(() => undefined);
      throw error;
    }
    return received;
  }

  /**
   * The file of a task, for someone who may read the task. A file no report names yet is
   * the uploader's draft: only its agency sees it.
   */
  async open(
    taskId: string,
    evidenceId: string,
    actor: Actor,
  ): Promise<{ readonly record: EvidenceRecord; readonly bytes: Buffer }> {
    const record = (await this.catalog.find([evidenceId])).get(evidenceId);
    const visible =
      record !== undefined &&
      record.taskId === taskId &&
      (record.referencedAt !== null || record.agencyId === actor.agencyId);
    const bytes = visible ? await this.blobs.get(evidenceId) : undefined;
    if (!record || bytes === undefined) {
      throw evidenceRefused('evidence.not_found', `Task ${taskId} has no file ${evidenceId}.`, {
        taskId,
        evidenceIds: [evidenceId],
      });
    }
    return { record, bytes };
  }
}

function decodedFileName(encoded: string | undefined): string {
  let name: string | undefined;
  try {
    name = encoded === undefined ? undefined : decodeURIComponent(encoded);
  } catch {
    name = undefined;
  }
  // A path someone's browser sent along is not part of the name.
  const base = name?.split(/[\\/]/).pop()?.normalize('NFC').trim();
  if (!base || base.length > MAX_FILE_NAME_LENGTH || /[\u0000-\u001f\u007f]/.test(base)) {
    throw evidenceRefused(
      'evidence.file_name_required',
      `Send the file's name in the X-File-Name header, percent-encoded UTF-8 (encodeURIComponent), at most ${MAX_FILE_NAME_LENGTH} characters.`,
      { header: 'X-File-Name' },
    );
  }
  return base;
}
