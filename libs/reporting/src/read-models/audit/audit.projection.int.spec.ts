import type { RecordedEvent } from '@giaoviec/event-store';
import { DirectoryProjection } from '../directory/directory.projection';
import { TestEventLog } from '../testing/event-log';
import {
  directoryHistory,
  officerOf,
  PLAN_ID,
  SO_KHCN,
  SO_TAI_CHINH,
  SO_Y_TE,
  STANDING,
  TaskEvents,
} from '../testing/hue-fixtures';
import { ProjectionTestBed } from '../testing/projection-test-bed';
import { parseCsv } from './audit-csv';
import { AUDITED_EVENT_TYPES } from './audit-event-types';
import { AuditProjection } from './audit.projection';
import ExcelJS from 'exceljs';
import { AUDIT_EXPORT_COLUMNS } from './audit-export';
import { AuditQueries, type AuditFilter } from './audit.queries';

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

describe('audit trail (rm_audit) — GET /audit', () => {
  let bed: ProjectionTestBed;
  let queries: AuditQueries;
  const log = new TestEventLog('2026-06-01T02:00:00.000Z');
  const tasks = new TaskEvents(log);
  let history: RecordedEvent[];

  beforeAll(async () => {
    history = [
      ...directoryHistory(log),
      tasks.assigned('t-ii-1', {
        code: 'II.1',
        title: 'Số hóa hồ sơ thủ tục hành chính',
        leadAgencyId: SO_TAI_CHINH,
        coordinatingAgencyIds: [SO_Y_TE],
        dueDate: '2026-06-30',
      }),
      tasks.acknowledged('t-ii-1', SO_TAI_CHINH, '2026-06-02T02:00:00.000Z'),
      tasks.progress(
        't-ii-1',
        SO_TAI_CHINH,
        'Đã số hóa 60% hồ sơ, còn "tồn đọng", chờ kinh phí',
        '2026-06-10',
        60,
      ),
      // Renamed after the acknowledgement: earlier summaries keep the name of their time.
      log.agency(
        'AgencyRenamed',
        {
          agencyId: SO_TAI_CHINH,
          previousName: 'Sở Tài chính',
          newName: 'Sở Tài chính Huế',
          effectiveOn: '2026-06-15',
        },
        {
          actor: { userId: 'u-admin', agencyId: 'van-phong', role: 'admin' },
          occurredAt: '2026-06-15T02:00:00.000Z',
        },
      ),
      tasks.completed('t-ii-1', SO_TAI_CHINH, '2026-06-20', '2026-06-30'),
      tasks.assigned('t-yt', {
        code: 'I.2',
        title: 'Bệnh án điện tử',
        leadAgencyId: SO_Y_TE,
        dueDate: '2026-09-30',
      }),
      log.indicator(
        'IndicatorDefined',
        {
          indicatorId: 'kts-1',
          planId: PLAN_ID,
          name: 'Tỷ trọng kinh tế số trong GRDP',
          unit: '%',
          direction: 'at_least',
          targets: [{ year: 2026, value: 15 }],
          responsibleAgencyId: SO_KHCN,
        },
        { actor: STANDING },
      ),
      log.indicator(
        'IndicatorTargetRevised',
        {
          indicatorId: 'kts-1',
          planId: PLAN_ID,
          year: 2026,
          previousValue: 15,
          newValue: 18,
          amendmentId: 'a-160',
          amendingDocumentNumber: '160/KH-UBND',
        },
        { actor: STANDING },
      ),
      log.user(
        'UserRegistered',
        { userId: 'u-yt', username: 'le.van.c', displayName: 'Lê Văn C', agencyId: SO_Y_TE, role: 'officer' },
        {
          actor: { userId: 'u-admin', agencyId: 'van-phong', role: 'admin' },
          recordedAt: '2026-07-01T02:00:00.500Z',
        },
      ),
      // The officer who acted on II.1 gets an account later: the exports name them all the same.
      log.user(
        'UserRegistered',
        {
          userId: officerOf(SO_TAI_CHINH).userId,
          username: 'nguyen.van.an',
          displayName: 'Nguyễn Văn An',
          agencyId: SO_TAI_CHINH,
          role: 'officer',
        },
        {
          actor: { userId: 'u-admin', agencyId: 'van-phong', role: 'admin' },
          recordedAt: '2026-07-02T02:00:00.000Z',
        },
      ),
    ];
    bed = await ProjectionTestBed.start([new DirectoryProjection(), new AuditProjection()]);
    queries = new AuditQueries(bed.store);
    await bed.given(history);
  });
  afterAll(() => bed.stop());

  const page = (filter: AuditFilter = {}) => queries.page({ limit: 200, ...filter });
  const types = async (filter: AuditFilter = {}) => (await page(filter)).items.map((item) => item.type);

  it('audits every event type of the system', () => {
    expect(new AuditProjection().eventTypes).toEqual(AUDITED_EVENT_TYPES);
    expect(AUDITED_EVENT_TYPES).toEqual(
      expect.arrayContaining([
        'AgencyRegistered',
        'PlanIssued',
        'IndicatorDefined',
        'TaskAssigned',
        'UserRegistered',
      ]),
    );
  });

  it('has one row per event, newest first, with who, what, what it concerns, when, and the raw event', async () => {
    const { items } = await page();
    expect(items).toHaveLength(history.length);
    expect(items.map((item) => item.position)).toEqual(history.map((event) => event.checkpoint).reverse());
    const acknowledged = items.find((item) => item.type === 'TaskAcknowledged')!;
    const event = history.find((e) => e.type === 'TaskAcknowledged')!;
    expect(acknowledged).toEqual({
      position: event.checkpoint,
      eventId: event.eventId,
      streamId: 'task-t-ii-1',
      streamVersion: 2,
      type: 'TaskAcknowledged',
      actor: {
        userId: `u-${SO_TAI_CHINH}`,
        displayName: 'Nguyễn Văn An',
        agencyId: SO_TAI_CHINH,
        agencyName: 'Sở Tài chính Huế',
        role: 'officer',
      },
      planId: PLAN_ID,
      taskId: 't-ii-1',
      agencyId: SO_TAI_CHINH,
      indicatorId: null,
      agencyIds: [SO_TAI_CHINH, SO_Y_TE],
      occurredAt: '2026-06-02T02:00:00.000Z',
      recordedAt: '2026-06-02T02:00:00.000Z',
      summary: 'Sở Tài chính đã tiếp nhận nhiệm vụ II.1',
      data: event.data,
      metadata: JSON.parse(JSON.stringify(event.metadata)),
    });
  });

  it('writes the summaries with the names of their time', async () => {
    const summaries = (await page({ order: 'asc' })).items.map((item) => item.summary);
    expect(summaries).toEqual(
      expect.arrayContaining([
        'Sở Khoa học và Công nghệ giao nhiệm vụ II.1 "Số hóa hồ sơ thủ tục hành chính" của Kế hoạch 495/KH-UBND cho Sở Tài chính chủ trì, phối hợp: Sở Y tế, hạn 30/06/2026',
        'Sở Tài chính đã tiếp nhận nhiệm vụ II.1',
        'Sở Tài chính báo cáo tiến độ nhiệm vụ II.1 (60%): "Đã số hóa 60% hồ sơ, còn "tồn đọng", chờ kinh phí"',
        'van-phong đổi tên đơn vị Sở Tài chính thành Sở Tài chính Huế từ ngày 15/06/2026',
        'Sở Tài chính Huế báo cáo hoàn thành nhiệm vụ II.1 ngày 20/06/2026, đúng hạn; kết quả: "Đã hoàn thành"',
        'Sở Khoa học và Công nghệ điều chỉnh chỉ tiêu "Tỷ trọng kinh tế số trong GRDP" năm 2026 từ 15 lên 18 (%) theo 160/KH-UBND',
        'van-phong tạo tài khoản le.van.c (Lê Văn C) thuộc Sở Y tế, vai trò cán bộ',
      ]),
    );
  });

  it('filters by actor, agency (acting or concerned), plan, task, indicator and type', async () => {
    expect(await types({ actorUserId: `u-${SO_TAI_CHINH}` })).toEqual([
      'TaskCompleted',
      'ProgressReported',
      'TaskAcknowledged',
    ]);
    expect(await types({ taskId: 't-yt' })).toEqual(['TaskAssigned']);
    expect(await types({ indicatorId: 'kts-1' })).toEqual(['IndicatorTargetRevised', 'IndicatorDefined']);
    expect(await types({ types: ['TaskAssigned', 'PlanIssued'], order: 'asc' })).toEqual([
      'PlanIssued',
      'PlanIssued',
      'TaskAssigned',
      'TaskAssigned',
    ]);
    // Sở Y tế coordinates II.1, leads I.2 and received a user: it sees all of those.
    expect(await types({ agencyId: SO_Y_TE, order: 'asc' })).toEqual([
      'AgencyRegistered',
      'TaskAssigned',
      'TaskAcknowledged',
      'ProgressReported',
      'TaskCompleted',
      'TaskAssigned',
      'UserRegistered',
    ]);
    expect((await page({ planId: PLAN_ID })).items.every((item) => item.planId === PLAN_ID)).toBe(true);
    expect(await types({ planId: PLAN_ID })).toContain('IndicatorTargetRevised');
  });

  it('narrows an agency head to the events made by or concerning the agency', async () => {
    const own = await page({ scopeAgencyIds: [SO_Y_TE] });
    expect(own.items.every((item) => item.agencyIds.includes(SO_Y_TE))).toBe(true);
    expect(await types({ scopeAgencyIds: [SO_Y_TE], taskId: 't-ii-1' })).toHaveLength(4);
    expect(await types({ scopeAgencyIds: [SO_Y_TE], indicatorId: 'kts-1' })).toEqual([]);
  });

  it('filters by when it was recorded or when it happened, a day meaning the whole day in Huế', async () => {
    expect(
      await types({ from: '2026-06-01T17:00:00.000Z', to: '2026-06-02T17:00:00.000Z', order: 'asc' }),
    ).toEqual(['TaskAcknowledged']);
    expect(
      await types({ from: '2026-07-01T02:00:00.500Z', to: '2026-07-01T02:00:00.500Z', toInclusive: true }),
    ).toEqual(['UserRegistered']);
    expect(await types({ from: '2026-07-01T02:00:00.500Z', timeField: 'occurred' })).toEqual([]);
  });

  it('pages with a cursor, newest first or oldest first', async () => {
    for (const order of ['desc', 'asc'] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let i = 0; i < 20; i++) {
        const next = await queries.page({ limit: 4, order, cursor });
        seen.push(...next.items.map((item) => item.position));
        if (!next.nextCursor) break;
        cursor = next.nextCursor;
      }
      const positions = history.map((event) => event.checkpoint);
      expect(seen).toEqual(order === 'asc' ? positions : [...positions].reverse());
    }
  });

  /** What people read of II.1's acknowledgement in an export: names, not ids. */
  const ACKNOWLEDGED_ROW = [
    '02/06/2026 09:00',
    'Nguyễn Văn An',
    'Sở Tài chính Huế',
    'Cán bộ',
    'Tiếp nhận nhiệm vụ',
    '495/KH-UBND',
    'II.1. Số hóa hồ sơ thủ tục hành chính',
    'Sở Tài chính đã tiếp nhận nhiệm vụ II.1',
  ];

  it('exports CSV with a BOM, Vietnamese headers and names, that round-trips Vietnamese text', async () => {
    const text = await collect(await queries.csv({ taskId: 't-ii-1', order: 'asc' }));
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...AUDIT_EXPORT_COLUMNS]);
    const json = (await page({ taskId: 't-ii-1', order: 'asc' })).items;
    expect(rows).toHaveLength(json.length);
    expect(rows.map((row) => row[7])).toEqual(json.map((item) => item.summary));
    expect(rows[2][7]).toBe(
      'Sở Tài chính báo cáo tiến độ nhiệm vụ II.1 (60%): "Đã số hóa 60% hồ sơ, còn "tồn đọng", chờ kinh phí"',
    );
    expect(rows[1]).toEqual(ACKNOWLEDGED_ROW);
    // The standing office assigned it: no account in this log, so its user id stands in for a name.
    expect(rows[0].slice(1, 5)).toEqual([
      'u-standing',
      'Sở Khoa học và Công nghệ',
      'Cơ quan thường trực',
      'Giao nhiệm vụ',
    ]);
    expect(json[1].actor).toMatchObject({
      userId: officerOf(SO_TAI_CHINH).userId,
      displayName: 'Nguyễn Văn An',
    });
  });

  it('exports the same rows as an Excel workbook, the time a date in Huế shown dd/mm/yyyy hh:mm', async () => {
    const stream = await queries.xlsx({ taskId: 't-ii-1', order: 'asc' });
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Nhật ký')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...AUDIT_EXPORT_COLUMNS]);
    expect(sheet.rowCount).toBe(1 + (await page({ taskId: 't-ii-1' })).items.length);
    const acknowledged = sheet.getRow(3);
    // Excel dates carry no zone: the cell holds 09:00 of 02/06/2026 as a clock in Huế shows it.
    expect(acknowledged.getCell(1).value).toEqual(new Date('2026-06-02T09:00:00.000Z'));
    expect(acknowledged.getCell(1).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect((acknowledged.values as unknown[]).slice(2)).toEqual(ACKNOWLEDGED_ROW.slice(1));
  });

  it('exports more rows than one page of the export holds', async () => {
    const many = new TestEventLog('2027-01-01T00:00:00.000Z');
    const bulk = Array.from({ length: 2500 }, (_, i) =>
      many.task(
        'TaskAcknowledged',
        { taskId: `bulk-${i}`, agencyId: SO_Y_TE },
        { actor: officerOf(SO_Y_TE) },
      ),
    ).map((event, i) => ({ ...event, checkpoint: `9${String(i).padStart(19, '0')}` }));
    const other = await ProjectionTestBed.start([new DirectoryProjection(), new AuditProjection()]);
    try {
      await other.given(bulk);
      const rows = parseCsv(await collect(await new AuditQueries(other.store).csv({ order: 'asc' })));
      expect(rows).toHaveLength(2501);
      expect(rows[2500][7]).toBe('so-y-te đã tiếp nhận nhiệm vụ bulk-2499');
    } finally {
      await other.stop();
    }
  });

  it('writes the same rows whatever the batches, and nothing more when a batch is applied again', async () => {
    const oneByOne = await ProjectionTestBed.start([new DirectoryProjection(), new AuditProjection()]);
    try {
      for (const event of history) await oneByOne.given([event]);
      const strip = (snapshot: Record<string, unknown[]>) => snapshot.rm_audit;
      expect(strip(await oneByOne.snapshot())).toEqual(strip(await bed.snapshot()));
      const before = await bed.snapshot();
      await bed.given(history);
      await bed.given(history.slice(3, 8));
      expect(await bed.snapshot()).toEqual(before);
    } finally {
      await oneByOne.stop();
    }
  });
});
