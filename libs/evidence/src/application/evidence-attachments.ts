import { Inject, Injectable } from '@nestjs/common';
import type { Actor, Clock } from '@giaoviec/kernel';
import { CLOCK } from '@giaoviec/platform';
import { EvidenceCatalog } from './evidence-catalog';
import type { ReceivedEvidence } from './evidence-intake';
import { evidenceRefused } from './evidence-problems';

/**
 * Turns the evidence ids a report names into the facts its event records, refusing an
 * unknown id, a file uploaded for another task, or one another agency uploaded. The files
 * are marked as named before the report is appended: should the append then fail, a file
 * is kept that no report names (harmless), never swept while a report names it.
 */
@Injectable()
export class EvidenceAttachments {
  constructor(
    private readonly catalog: EvidenceCatalog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async forReport(
    taskId: string,
    actor: Actor,
    evidenceIds: readonly string[] | undefined,
  ): Promise<readonly ReceivedEvidence[] | undefined> {
    if (evidenceIds === undefined || evidenceIds.length === 0) return undefined;
    const records = await this.catalog.find(evidenceIds);
    const unknown = evidenceIds.filter((id) => !records.has(id));
    const notFound = () =>
      evidenceRefused('evidence.not_found', `No file ${unknown.join(', ')} was uploaded.`, {
        taskId,
        evidenceIds: unknown,
      });
    if (unknown.length > 0) throw notFound();
    for (const id of evidenceIds) {
      const record = records.get(id)!;
      if (record.taskId !== taskId) {
        throw evidenceRefused(
          'evidence.other_task',
          `File ${id} was uploaded for task ${record.taskId}, not for task ${taskId}; upload it for this task.`,
          { taskId, evidenceIds: [id] },
        );
      }
      if (record.agencyId !== actor.agencyId) {
        throw evidenceRefused(
          'evidence.not_yours',
          `File ${id} was uploaded by another agency; a report names only files of its own agency (${actor.agencyId}).`,
          { taskId, evidenceIds: [id] },
        );
      }
    }
    const kept = await this.catalog.markReferenced(evidenceIds, this.clock.now());
    unknown.push(...evidenceIds.filter((id) => !kept.has(id)));
    if (unknown.length > 0) throw notFound();
    return evidenceIds.map((id) => {
      const { evidenceId, fileName, contentType, sizeBytes, sha256 } = records.get(id)!;
      return { evidenceId, fileName, contentType, sizeBytes, sha256 };
    });
  }
}
