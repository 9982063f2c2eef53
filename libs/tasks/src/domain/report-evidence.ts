import { taskViolation } from './task-rules';

/**
 * A file sent with a report, as the report's event records it: the audit trail proves which
 * file was sent by its SHA-256, whatever happens to the stored bytes afterwards.
 */
export interface ReportEvidence {
  readonly evidenceId: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  /** Lower-case hex SHA-256 of the bytes as they were received. */
  readonly sha256: string;
}

/** Enough for a signed report, its annexes and a few photos; more belongs in one PDF. */
export const MAX_EVIDENCE_PER_REPORT = 10;

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * The evidence of a report, checked: at most MAX_EVIDENCE_PER_REPORT files, none twice, each
 * with a hash, a size and a name. Undefined when none was sent, so old-shaped events stay
 * exactly as they were.
 */
export function reportEvidence(
  evidence: readonly ReportEvidence[] | undefined,
  taskId: string,
): readonly ReportEvidence[] | undefined {
  if (evidence === undefined || evidence.length === 0) return undefined;
  if (evidence.length > MAX_EVIDENCE_PER_REPORT) {
    throw taskViolation(
      'evidence.too_many',
      `A report on task ${taskId} may carry at most ${MAX_EVIDENCE_PER_REPORT} files; ${evidence.length} were sent.`,
      { taskId, maxFiles: MAX_EVIDENCE_PER_REPORT, files: evidence.length },
    );
  }
  const seen = new Set<string>();
  for (const file of evidence) {
    if (seen.has(file.evidenceId)) {
      throw taskViolation(
        'evidence.duplicate',
        `File ${file.evidenceId} is named twice in one report on task ${taskId}.`,
        { taskId, evidenceId: file.evidenceId },
      );
    }
    seen.add(file.evidenceId);
    const whole =
      SHA256_HEX.test(file.sha256) &&
      Number.isSafeInteger(file.sizeBytes) &&
      file.sizeBytes > 0 &&
      file.fileName.trim() !== '' &&
      file.contentType.trim() !== '';
    if (!whole) {
      throw taskViolation(
        'evidence.invalid',
        `File ${file.evidenceId} of a report on task ${taskId} lacks its name, type, size or SHA-256.`,
        { taskId, evidenceId: file.evidenceId },
      );
    }
  }
  return evidence.map(({ evidenceId, fileName, contentType, sizeBytes, sha256 }) => ({
    evidenceId,
    fileName,
    contentType,
    sizeBytes,
    sha256,
  }));
}
