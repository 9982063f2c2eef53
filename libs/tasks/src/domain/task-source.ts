import { taskViolation } from './task-rules';

/**
 * Where in its document a task comes from: the document's number, the section, and the text
 * quoted from it, so anyone can check the task against what was signed.
 */
export interface TaskSource {
  /** The plan's or the amending document's number ('495/KH-UBND'); null when the document shows none. */
  readonly documentNumber: string | null;
  /** The section of the document, as it numbers it: 'III.5.2', 'III.5, gạch đầu dòng 2', 'đoạn 8'. */
  readonly section: string;
  /** The passage quoted word for word. */
  readonly quotedText: string;
}

export const MAX_SOURCE_DOCUMENT_NUMBER_LENGTH = 100;
export const MAX_SOURCE_SECTION_LENGTH = 200;
/** A bullet or a paragraph of a plan, not the whole document. */
export const MAX_SOURCE_QUOTED_TEXT_LENGTH = 4000;

/** The source as recorded: trimmed, with a section and a quote within their lengths. */
export function validSource(source: TaskSource, taskId: string): TaskSource {
  const documentNumber = source.documentNumber === null ? null : source.documentNumber.trim() || null;
  const section = source.section?.trim() ?? '';
  const quotedText = source.quotedText?.trim() ?? '';
  const refuse = (field: string, problem: string) =>
    taskViolation('task.invalid_source', `The source of task ${taskId}: ${field} ${problem}.`, {
      taskId,
      field,
    });
  if (section === '') throw refuse('section', 'is required');
  if (quotedText === '') throw refuse('quotedText', 'is required');
  if (section.length > MAX_SOURCE_SECTION_LENGTH)
    throw refuse('section', `must be at most ${MAX_SOURCE_SECTION_LENGTH} characters`);
  if (quotedText.length > MAX_SOURCE_QUOTED_TEXT_LENGTH)
    throw refuse('quotedText', `must be at most ${MAX_SOURCE_QUOTED_TEXT_LENGTH} characters`);
  if (documentNumber !== null && documentNumber.length > MAX_SOURCE_DOCUMENT_NUMBER_LENGTH)
    throw refuse('documentNumber', `must be at most ${MAX_SOURCE_DOCUMENT_NUMBER_LENGTH} characters`);
  return { documentNumber, section, quotedText };
}
