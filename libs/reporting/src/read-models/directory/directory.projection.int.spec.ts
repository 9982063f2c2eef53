import { TestEventLog } from '../testing/event-log';
import { ProjectionTestBed } from '../testing/projection-test-bed';
import { DirectoryProjection } from './directory.projection';

describe('directory projection (rm_agencies, rm_plans)', () => {
  let bed: ProjectionTestBed;
  const log = new TestEventLog();

  const history = [
    log.agency('AgencyRegistered', { agencyId: 'so-tai-chinh', name: 'Sở Tài chính', kind: 'department' }),
    log.agency('AgencyRegistered', {
      agencyId: 'so-khcn',
      name: 'Sở Khoa học và Công nghệ',
      shortName: 'SKHCN',
      kind: 'department',
    }),
    log.agency('AgencyRegistered', { agencyId: 'phuong-a', name: 'UBND phường A', kind: 'commune' }),
    log.agency('AgencyRegistered', { agencyId: 'phuong-b', name: 'UBND phường B', kind: 'commune' }),
    log.agency('AgencyRenamed', {
      agencyId: 'so-khcn',
      previousName: 'Sở Khoa học và Công nghệ',
      newName: 'Sở Khoa học, Công nghệ và Đổi mới sáng tạo',
      previousShortName: 'SKHCN',
      effectiveOn: '2026-07-01',
    }),
    log.agency('AgenciesMerged', {
      agencyId: 'phuong-a',
      mergedAgencyIds: ['phuong-b'],
      effectiveOn: '2026-07-01',
      decisionRef: '1675/NQ-UBTVQH15',
    }),
    log.agency('AgencyRetired', {
      agencyId: 'phuong-b',
      reason: 'Sáp nhập',
      mergedIntoAgencyId: 'phuong-a',
      effectiveOn: '2026-07-01',
    }),
    log.plan('PlanIssued', {
      planId: 'kh-495',
      number: '495/KH-UBND',
      title: 'Kế hoạch chuyển đổi số năm 2026',
      issuedOn: '2025-12-31',
      signer: { name: 'Nguyễn Khắc Toàn', title: 'Chủ tịch' },
      issuingAuthority: 'UBND thành phố Huế',
      period: { from: '2026-01-01', to: '2026-12-31' },
      legalBases: [],
      standingAgencyId: 'so-khcn',
    }),
    log.plan('PlanAmended', {
      planId: 'kh-495',
      amendmentId: 'a1',
      amendingDocument: { number: '160/KH-UBND', title: 'Sửa đổi', issuedOn: '2026-05-01' },
      summary: 'Điều chỉnh chỉ tiêu',
      targetRevisions: [],
    }),
    log.plan('PlanClosed', { planId: 'kh-495', reason: 'Hết kỳ', closedOn: '2026-12-31' }),
    // The 2026 – 2030 plan: its text gives no number, no date of issue (recorded as unknown).
    log.plan('PlanIssued', {
      planId: 'kh-cds-2026-2030',
      number: null,
      title: 'Kế hoạch Chuyển đổi số giai đoạn 2026 - 2030',
      issuedOn: null,
      signer: null,
      issuingAuthority: 'UBND thành phố Huế',
      period: { from: '2026-01-01', to: '2030-12-31' },
      legalBases: [],
      standingAgencyId: 'so-khcn',
    }),
  ];

  beforeAll(async () => {
    bed = await ProjectionTestBed.start([new DirectoryProjection()]);
  });
  afterAll(() => bed.stop());

  it('keeps the current name, kind and status of each agency', async () => {
    await bed.given(history);
    const rows = await bed.store.read<Record<string, unknown>>((schema) => ({
      text: `SELECT agency_id, name, short_name, kind, status, merged_into_agency_id, merged_agency_ids, version
               FROM ${schema}.rm_agencies ORDER BY agency_id`,
    }));
    expect(rows).toEqual([
      {
        agency_id: 'phuong-a',
        name: 'UBND phường A',
        short_name: null,
        kind: 'commune',
        status: 'active',
        merged_into_agency_id: null,
        merged_agency_ids: ['phuong-b'],
        version: 2,
      },
      {
        agency_id: 'phuong-b',
        name: 'UBND phường B',
        short_name: null,
        kind: 'commune',
        status: 'retired',
        merged_into_agency_id: 'phuong-a',
        merged_agency_ids: [],
        version: 2,
      },
      {
        agency_id: 'so-khcn',
        name: 'Sở Khoa học, Công nghệ và Đổi mới sáng tạo',
        short_name: null,
        kind: 'department',
        status: 'active',
        merged_into_agency_id: null,
        merged_agency_ids: [],
        version: 2,
      },
      {
        agency_id: 'so-tai-chinh',
        name: 'Sở Tài chính',
        short_name: null,
        kind: 'department',
        status: 'active',
        merged_into_agency_id: null,
        merged_agency_ids: [],
        version: 1,
      },
    ]);
  });

  it('keeps the number, title, period and status of each plan (null when the source gives none)', async () => {
    const rows = await bed.store.read<Record<string, unknown>>((schema) => ({
      text: `SELECT plan_id, number, title, to_char(issued_on, 'YYYY-MM-DD') AS issued_on, standing_agency_id, status,
                    to_char(closed_on, 'YYYY-MM-DD') AS closed_on, amendment_count, version, signer_name
               FROM ${schema}.rm_plans ORDER BY plan_id`,
    }));
    expect(rows).toEqual([
      {
        plan_id: 'kh-495',
        number: '495/KH-UBND',
        title: 'Kế hoạch chuyển đổi số năm 2026',
        issued_on: '2025-12-31',
        standing_agency_id: 'so-khcn',
        status: 'closed',
        closed_on: '2026-12-31',
        amendment_count: 1,
        version: 3,
        signer_name: 'Nguyễn Khắc Toàn',
      },
      {
        plan_id: 'kh-cds-2026-2030',
        number: null,
        title: 'Kế hoạch Chuyển đổi số giai đoạn 2026 - 2030',
        issued_on: null,
        standing_agency_id: 'so-khcn',
        status: 'issued',
        closed_on: null,
        amendment_count: 0,
        version: 1,
        signer_name: null,
      },
    ]);
  });

  it('changes nothing when the same events are applied again', async () => {
    const before = await bed.snapshot();
    await bed.given(history);
    await bed.given(history.slice(4));
    expect(await bed.snapshot()).toEqual(before);
  });
});
