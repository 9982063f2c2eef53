import { EVIDENCE_FILE_TYPES, judgeFileType } from './evidence-file-types';
import {
  sampleCsv,
  sampleDocx,
  sampleJpeg,
  sampleOds,
  sampleOdt,
  samplePdf,
  samplePng,
  sampleXlsx,
} from './testing/evidence-samples';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('evidence file types: the allow-list, checked against the first bytes', () => {
  it.each([
    ['application/pdf', 'Báo cáo 12-BC (đã ký).pdf', samplePdf()],
    ['image/jpeg', 'hiện trường.JPG', sampleJpeg()],
    ['image/jpeg', 'anh.jpeg', sampleJpeg()],
    ['image/png', 'so-do.png', samplePng()],
    [XLSX, 'Số liệu.xlsx', sampleXlsx()],
    [DOCX, 'Dự thảo.docx', sampleDocx()],
    ['application/vnd.oasis.opendocument.spreadsheet', 'bang.ods', sampleOds()],
    ['application/vnd.oasis.opendocument.text', 'van-ban.odt', sampleOdt()],
    ['text/csv; charset=utf-8', 'chi-tieu.csv', sampleCsv()],
  ])('accepts %s named %s', (declared, name, bytes) => {
    const verdict = judgeFileType(declared, name, bytes);
    expect(verdict).toMatchObject({ accepted: true });
  });

  it('refuses a type outside the list, whatever the content', () => {
    expect(judgeFileType('application/x-msdownload', 'setup.exe', Buffer.from('MZ'))).toEqual({
      accepted: false,
      reason: 'type_not_allowed',
    });
    expect(judgeFileType(undefined, 'x.pdf', samplePdf())).toMatchObject({ reason: 'type_not_allowed' });
  });

  it('refuses content that is not what the declared type says', () => {
    expect(judgeFileType('application/pdf', 'bao-cao.pdf', samplePng())).toMatchObject({
      reason: 'content_mismatch',
    });
    expect(judgeFileType('image/png', 'anh.png', sampleJpeg())).toMatchObject({ reason: 'content_mismatch' });
    // A Word document passed off as a spreadsheet, and the other way round: both are zips.
    expect(judgeFileType(XLSX, 'so-lieu.xlsx', sampleDocx())).toMatchObject({ reason: 'content_mismatch' });
    expect(judgeFileType('application/vnd.oasis.opendocument.text', 'x.odt', sampleOds())).toMatchObject({
      reason: 'content_mismatch',
    });
    // A program is no CSV: it is not text.
    expect(judgeFileType('text/csv', 'x.csv', Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]))).toMatchObject({
      reason: 'content_mismatch',
    });
  });

  it('refuses a name whose extension says another type', () => {
    expect(judgeFileType('application/pdf', 'bao-cao.exe', samplePdf())).toMatchObject({
      reason: 'extension_mismatch',
    });
  });

  it('lists the kinds a report needs: signed reports, photos, spreadsheets and documents', () => {
    expect(EVIDENCE_FILE_TYPES.flatMap((type) => type.extensions).sort()).toEqual(
      ['.csv', '.docx', '.jpeg', '.jpg', '.odt', '.ods', '.pdf', '.png', '.xlsx'].sort(),
    );
  });
});
