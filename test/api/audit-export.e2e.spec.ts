import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { parseCsv } from '../../libs/reporting/src/read-models/audit/audit-csv';
import { actorHeaders, startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import { asAdmin, asStandingOffice, givenAssignedTask } from '../support/hue-fixtures';
import { projectReadModels } from '../support/read-models';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADERS = [
  'Thời điểm',
  'Người thực hiện',
  'Cơ quan',
  'Vai trò',
  'Sự kiện',
  'Kế hoạch',
  'Nhiệm vụ',
  'Nội dung',
];
/** The acknowledgement of II.1 as the exports name it, after its time. */
const ACKNOWLEDGED = [
  'Nguyễn Văn An',
  'Sở Tài chính',
  'Cán bộ',
  'Tiếp nhận nhiệm vụ',
  '495/KH-UBND',
  'II.1. Bố trí kinh phí thực hiện chuyển đổi số năm 2026',
  'Sở Tài chính đã tiếp nhận nhiệm vụ II.1',
];

/** supertest keeps a binary answer as a Buffer only when told how to read it. */
const binary = (response: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('the audit trail exported to Excel and CSV (GET /audit?format=xlsx|csv)', () => {
  let api: ApiTestApp;
  let taskId: string;

  beforeAll(async () => {
    // 14:30 in Huế on 06/12/2026.
    api = await startApiTestApp({ now: '2026-12-06T07:30:00.000Z' });
    ({ taskId } = await givenAssignedTask(api));
    await api.http
      .post('/users')
      .set(asAdmin)
      .send({
        userId: 'u-taichinh-01',
        username: 'nguyen.van.an',
        displayName: 'Nguyễn Văn An',
        agencyId: 'so-tai-chinh',
        role: 'officer',
        password: 'mat-khau-thu-nghiem-2026',
      })
      .expect(201);
    const officer = actorHeaders({ userId: 'u-taichinh-01', agencyId: 'so-tai-chinh', role: 'officer' });
    await api.http.post(`/tasks/${taskId}/acknowledge`).set(officer).send({}).expect(200);
    await projectReadModels(api);
  });
  afterAll(() => api.close());

  const workbookOf = async (body: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    return workbook.getWorksheet('Nhật ký')!;
  };

  it('answers an Excel workbook with Vietnamese headers, names instead of ids, dated in Huế', async () => {
    const response = await api.http
      .get(`/audit?format=xlsx&taskId=${taskId}&order=asc`)
      .set(asStandingOffice)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(response.headers['content-type']).toBe(XLSX);
    expect(response.headers['content-disposition']).toBe('attachment; filename="nhat-ky-2026-12-06.xlsx"');
    const sheet = await workbookOf(response.body as Buffer);
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADERS]);
    expect(sheet.rowCount).toBe(3);
    const acknowledged = sheet.getRow(3);
    expect((acknowledged.values as unknown[]).slice(2)).toEqual(ACKNOWLEDGED);
    expect(acknowledged.getCell(1).value).toEqual(new Date('2026-12-06T14:30:00.000Z'));
    expect(acknowledged.getCell(1).numFmt).toBe('dd/mm/yyyy hh:mm');
  });

  it('answers the same workbook for Accept: the spreadsheet type, with the same filters as the CSV', async () => {
    const response = await api.http
      .get('/audit?type=TaskAcknowledged')
      .set(asStandingOffice)
      .set('Accept', XLSX)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(response.headers['content-type']).toBe(XLSX);
    const sheet = await workbookOf(response.body as Buffer);
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(2).value).toBe('Nguyễn Văn An');
  });

  it('gives the CSV export the same headers and names, the time written dd/mm/yyyy HH:mm', async () => {
    const response = await api.http
      .get(`/audit?format=csv&taskId=${taskId}&order=asc`)
      .set(asStandingOffice)
      .expect(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="nhat-ky-2026-12-06.csv"');
    const [header, assigned, acknowledged] = parseCsv(response.text);
    expect(header).toEqual(HEADERS);
    expect(acknowledged).toEqual(['06/12/2026 14:30', ...ACKNOWLEDGED]);
    // The standing office's test actor has no account: its user id stands in for a name.
    expect(assigned.slice(2, 5)).toEqual([
      'Sở Khoa học và Công nghệ',
      'Cơ quan thường trực',
      'Giao nhiệm vụ',
    ]);
  });

  it('refuses an export to whom the audit trail is refused, as a problem rather than a file', async () => {
    const officer = actorHeaders({ userId: 'u-taichinh-01', agencyId: 'so-tai-chinh', role: 'officer' });
    const refused = await api.http.get('/audit?format=xlsx').set(officer).expect(403);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    await api.http.get('/audit?format=pdf').set(asStandingOffice).expect(400);
  });
});
