/**
 * The kinds of file a report may carry, and how each is recognised by its first bytes: the
 * type a client declares is only a claim, so a file is accepted only when its content says
 * the same. Pure.
 */
export interface EvidenceFileType {
  readonly contentType: string;
  /** Lower-case, with the dot; the file's name must end in one of them. */
  readonly extensions: readonly string[];
  readonly matches: (bytes: Buffer) => boolean;
}

const startsWith = (signature: readonly number[]) => (bytes: Buffer) =>
  bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);

const ZIP = startsWith([0x50, 0x4b, 0x03, 0x04]);

/** An Office Open XML package: a zip holding the part its kind names (`word/`, `xl/`). */
const officeOpenXml = (part: string) => (bytes: Buffer) => ZIP(bytes) && bytes.includes(part, 0, 'latin1');

/**
 * An OpenDocument package: a zip whose first entry, stored uncompressed, is `mimetype`
 * holding the media type (ISO/IEC 26300, part 3, 3.3).
 */
const openDocument = (mediaType: string) => (bytes: Buffer) =>
  ZIP(bytes) &&
  bytes.toString('latin1', 30, 38) === 'mimetype' &&
  bytes.toString('latin1', 38, 38 + mediaType.length) === mediaType;

/** UTF-8 text without NUL or other control characters than tab and line breaks. */
function isPlainText(bytes: Buffer): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text);
}

const OPENDOCUMENT_SPREADSHEET = 'application/vnd.oasis.opendocument.spreadsheet';
const OPENDOCUMENT_TEXT = 'application/vnd.oasis.opendocument.text';

export const EVIDENCE_FILE_TYPES: readonly EvidenceFileType[] = [
  {
    contentType: 'application/pdf',
    extensions: ['.pdf'],
    matches: startsWith([0x25, 0x50, 0x44, 0x46, 0x2d]),
  },
  { contentType: 'image/jpeg', extensions: ['.jpg', '.jpeg'], matches: startsWith([0xff, 0xd8, 0xff]) },
  {
    contentType: 'image/png',
    extensions: ['.png'],
    matches: startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['.xlsx'],
    matches: officeOpenXml('xl/'),
  },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['.docx'],
    matches: officeOpenXml('word/'),
  },
  {
    contentType: OPENDOCUMENT_SPREADSHEET,
    extensions: ['.ods'],
    matches: openDocument(OPENDOCUMENT_SPREADSHEET),
  },
  { contentType: OPENDOCUMENT_TEXT, extensions: ['.odt'], matches: openDocument(OPENDOCUMENT_TEXT) },
  { contentType: 'text/csv', extensions: ['.csv'], matches: isPlainText },
];

/** 'Text/CSV; charset=utf-8' → 'text/csv'. */
export function mediaTypeOf(declared: string | undefined): string {
  return (declared ?? '').split(';')[0].trim().toLowerCase();
}

export type FileTypeVerdict =
  | { readonly accepted: true; readonly type: EvidenceFileType }
  | {
      readonly accepted: false;
      readonly reason: 'type_not_allowed' | 'content_mismatch' | 'extension_mismatch';
    };

/** Whether a file declared as `declaredType`, named `fileName`, holding `bytes`, is one the allow-list accepts. */
export function judgeFileType(
  declaredType: string | undefined,
  fileName: string,
  bytes: Buffer,
): FileTypeVerdict {
  const type = EVIDENCE_FILE_TYPES.find((candidate) => candidate.contentType === mediaTypeOf(declaredType));
  if (type === undefined) return { accepted: false, reason: 'type_not_allowed' };
  if (!type.matches(bytes)) return { accepted: false, reason: 'content_mismatch' };
  const name = fileName.toLowerCase();
  if (!type.extensions.some((extension) => name.endsWith(extension))) {
    return { accepted: false, reason: 'extension_mismatch' };
  }
  return { accepted: true, type };
}
