/**
 * Small files of each allowed kind, with the first bytes that make them what they are, for
 * tests of the upload (unit, HTTP, browser). Not complete documents: the intake reads only
 * what tells a kind apart.
 */

/** A one-page PDF, as a scanner writes it. */
export const samplePdf = (text = 'Báo cáo kết quả'): Buffer =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'utf8',
  );

export const sampleJpeg = (): Buffer =>
  Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    Buffer.from('JFIF\0'),
    Buffer.alloc(64, 7),
  ]);

export const samplePng = (): Buffer =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

/** A zip's local file header for an entry stored uncompressed, followed by its bytes. */
function zipEntry(name: string, content: string): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt32LE(content.length, 18);
  header.writeUInt32LE(content.length, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, Buffer.from(name, 'latin1'), Buffer.from(content, 'latin1')]);
}

export const sampleXlsx = (): Buffer =>
  Buffer.concat([zipEntry('[Content_Types].xml', '<Types/>'), zipEntry('xl/workbook.xml', '<workbook/>')]);

export const sampleDocx = (): Buffer =>
  Buffer.concat([zipEntry('[Content_Types].xml', '<Types/>'), zipEntry('word/document.xml', '<document/>')]);

export const sampleOds = (): Buffer =>
  Buffer.concat([
    zipEntry('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'),
    zipEntry('content.xml', '<office:document-content/>'),
  ]);

export const sampleOdt = (): Buffer =>
  Buffer.concat([
    zipEntry('mimetype', 'application/vnd.oasis.opendocument.text'),
    zipEntry('content.xml', '<x/>'),
  ]);

export const sampleCsv = (): Buffer =>
  Buffer.from('\ufeffChỉ tiêu;Giá trị\r\nTỷ lệ hồ sơ trực tuyến;85\r\n', 'utf8');
