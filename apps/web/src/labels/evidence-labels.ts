/**
 * The files a report may carry, as the API's allow-list has them, with what a person reads
 * about them; and a file's size in Vietnamese. The API stays the judge (it reads the bytes);
 * this lets the form say what is wrong before anything is sent.
 */
export const EVIDENCE_TYPES: ReadonlyArray<{ contentType: string; extensions: readonly string[] }> = [
  { contentType: 'application/pdf', extensions: ['.pdf'] },
  { contentType: 'image/jpeg', extensions: ['.jpg', '.jpeg'] },
  { contentType: 'image/png', extensions: ['.png'] },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['.xlsx'],
  },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['.docx'],
  },
  { contentType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['.ods'] },
  { contentType: 'application/vnd.oasis.opendocument.text', extensions: ['.odt'] },
  { contentType: 'text/csv', extensions: ['.csv'] },
];

/** What the API accepts by default (EVIDENCE_MAX_BYTES). */
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;
export const EVIDENCE_MAX_FILES = 10;

export const EVIDENCE_ACCEPT = EVIDENCE_TYPES.flatMap((type) => type.extensions).join(',');

export const EVIDENCE_HINT =
  'Văn bản đã ký (PDF), ảnh (JPG, PNG), bảng tính (XLSX, ODS, CSV) hoặc văn bản (DOCX, ODT); mỗi tệp tối đa 20 MB, tối đa 10 tệp.';

/**
 * The type to send a file as, from its name: browsers leave a CSV's type empty or call it
 * Excel's, so the name decides; undefined when the name is of no accepted kind.
 */
export function evidenceTypeOf(fileName: string): string | undefined {
  const name = fileName.toLowerCase();
  return EVIDENCE_TYPES.find((type) => type.extensions.some((extension) => name.endsWith(extension)))
    ?.contentType;
}

/** Why a chosen file cannot be sent, in Vietnamese; undefined when it can. */
export function evidenceFileProblem(file: { name: string; size: number }): string | undefined {
  if (evidenceTypeOf(file.name) === undefined)
    return `Tệp "${file.name}" không thuộc loại được chấp nhận. ${EVIDENCE_HINT}`;
  if (file.size === 0) return `Tệp "${file.name}" rỗng; hãy chọn lại tệp.`;
  if (file.size > EVIDENCE_MAX_BYTES)
    return `Tệp "${file.name}" có dung lượng ${fileSize(file.size)}, vượt quá mức tối đa 20 MB.`;
  return undefined;
}

const SIZE = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** 182411 → '178,1 KB'; 2097152 → '2 MB'. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${SIZE.format(bytes / 1024)} KB`;
  return `${SIZE.format(bytes / (1024 * 1024))} MB`;
}
