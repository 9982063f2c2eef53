import ExcelJS from 'exceljs';
import { PassThrough, type Readable } from 'node:stream';
import { AUDIT_EXPORT_COLUMNS, textCells, type AuditExportRow } from './audit-export';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const HUE_OFFSET_MS = 7 * 3_600_000;
const WIDTHS = [18, 26, 34, 22, 26, 18, 50, 90];

/**
 * An instant as the date and time on a clock in Huế, for a spreadsheet cell: Excel dates
 * have no time zone, so the cell holds the local time and shows it as dd/mm/yyyy hh:mm.
 */
export function hueDateCell(instant: string): Date {
  return new Date(Date.parse(instant) + HUE_OFFSET_MS);
}

/**
 * The audit trail as an Excel workbook (one sheet "Nhật ký", a bold frozen header with a
 * filter), written while the pages are read: memory stays flat however long the trail.
 * A failure half way destroys the stream, so the client sees a broken download, not a
 * file that looks complete.
 */
export function auditWorkbook(pages: AsyncIterable<readonly AuditExportRow[]>): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'giaoviec — UBND thành phố Huế';
  const sheet = workbook.addWorksheet('Nhật ký', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = AUDIT_EXPORT_COLUMNS.map((header, index) => ({
    header,
    width: WIDTHS[index],
    style:
      index === 0
        ? { numFmt: 'dd/mm/yyyy hh:mm' }
        : { alignment: { wrapText: index === 7, vertical: 'top' } },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: AUDIT_EXPORT_COLUMNS.length } };
  void (async () => {
    try {
      for await (const rows of pages) {
        for (const row of rows) {
          sheet.addRow([hueDateCell(row.at), ...textCells(row)]).commit();
        }
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      output.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  return output;
}
