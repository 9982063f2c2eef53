import { startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import { asAdmin, asFinance, asStandingOffice, givenAssignedTask } from '../support/hue-fixtures';

/**
 * Every command route, each with one valid body and the ways a client can get it wrong.
 * Each bad body must give a 400 problem that names the field — never a 500 and never a
 * rule violation, since the request did not even have the right shape.
 */
interface RouteCase {
  readonly route: string;
  readonly valid: Record<string, unknown>;
  readonly invalid: ReadonlyArray<readonly [field: string, body: Record<string, unknown>]>;
}

const signer = { name: 'Nguyễn Khắc Toàn', title: 'Chủ tịch' };
const plan = {
  number: '500/KH-UBND',
  title: 'Kế hoạch thử',
  issuedOn: '2026-01-05',
  signer,
  issuingAuthority: 'UBND thành phố Huế',
  period: { from: '2026-01-01', to: '2026-12-31' },
  legalBases: [],
};

const ROUTES: RouteCase[] = [
  {
    route: 'POST /agencies',
    valid: { agencyId: 'so-xay-dung', name: 'Sở Xây dựng', kind: 'department' },
    invalid: [
      ['agencyId', { agencyId: 'Sở XD', name: 'Sở Xây dựng', kind: 'department' }],
      ['name', { agencyId: 'so-xay-dung', name: '', kind: 'department' }],
      ['kind', { agencyId: 'so-xay-dung', name: 'Sở Xây dựng', kind: 'province' }],
    ],
  },
  {
    route: 'POST /agencies/so-y-te/rename',
    valid: { newName: 'Sở Y tế thành phố Huế', effectiveOn: '2026-01-01' },
    invalid: [
      ['newName', { newName: 42, effectiveOn: '2026-01-01' }],
      ['effectiveOn', { newName: 'Sở Y tế mới', effectiveOn: '01/01/2026' }],
      ['expectedVersion', { newName: 'Sở Y tế mới', effectiveOn: '2026-01-01', expectedVersion: -1 }],
    ],
  },
  {
    route: 'POST /agencies/so-y-te/retire',
    valid: { reason: 'Giải thể', effectiveOn: '2026-01-01' },
    invalid: [
      ['reason', { effectiveOn: '2026-01-01' }],
      ['effectiveOn', { reason: 'Giải thể', effectiveOn: '2026-02-30x' }],
    ],
  },
  {
    route: 'POST /agencies/merges',
    valid: {
      targetAgencyId: 'so-y-te',
      mergedAgencyIds: ['so-tai-chinh'],
      effectiveOn: '2026-01-01',
      decisionRef: '1/NQ',
    },
    invalid: [
      [
        'mergedAgencyIds',
        { targetAgencyId: 'so-y-te', mergedAgencyIds: [], effectiveOn: '2026-01-01', decisionRef: '1/NQ' },
      ],
      ['decisionRef', { targetAgencyId: 'so-y-te', mergedAgencyIds: ['a'], effectiveOn: '2026-01-01' }],
      ['targetAgencyId', { mergedAgencyIds: ['a'], effectiveOn: '2026-01-01', decisionRef: '1/NQ' }],
    ],
  },
  {
    route: 'POST /plans',
    valid: plan,
    invalid: [
      // Left out, a number is unknown (null); sent, it must be a non-empty text.
      ['number', { ...plan, number: 495 }],
      ['issuedOn', { ...plan, issuedOn: 'yesterday' }],
      ['signer.name', { ...plan, signer: { title: 'Chủ tịch' } }],
      ['period.to', { ...plan, period: { from: '2026-01-01' } }],
      ['legalBases', { ...plan, legalBases: 'Luật' }],
    ],
  },
  {
    route: 'POST /plans/kh-495/close',
    valid: { reason: 'Hết kỳ kế hoạch', closedOn: '2026-12-31' },
    invalid: [
      ['closedOn', { reason: 'Hết kỳ', closedOn: 20261231 }],
      ['reason', { reason: '', closedOn: '2026-12-31' }],
    ],
  },
  {
    route: 'POST /plans/kh-495/indicators',
    valid: {
      name: 'Tỷ lệ hồ sơ trực tuyến',
      unit: '%',
      direction: 'at_least',
      targets: [{ year: 2026, value: 80 }],
      responsibleAgencyId: 'so-khcn',
    },
    invalid: [
      // An empty list is valid (the source states no target); the list itself is required.
      [
        'targets',
        {
          name: 'x',
          unit: '%',
          direction: 'at_least',
          targets: { year: 2026, value: 80 },
          responsibleAgencyId: 'so-khcn',
        },
      ],
      [
        'targets[0].year',
        {
          name: 'x',
          unit: '%',
          direction: 'at_least',
          targets: [{ year: '2026', value: 1 }],
          responsibleAgencyId: 'so-khcn',
        },
      ],
      [
        'direction',
        {
          name: 'x',
          unit: '%',
          direction: 'up',
          targets: [{ year: 2026, value: 1 }],
          responsibleAgencyId: 'so-khcn',
        },
      ],
      [
        'responsibleAgencyId',
        { name: 'x', unit: '%', direction: 'at_least', targets: [{ year: 2026, value: 1 }] },
      ],
    ],
  },
  {
    route: 'POST /plans/kh-495/amendments',
    valid: {
      amendingDocument: { number: '160/KH-UBND', title: 'Kế hoạch sửa đổi', issuedOn: '2026-07-01' },
      summary: 'Sửa đổi',
      targetRevisions: [],
    },
    invalid: [
      // Left out, the document's date is unknown (null); sent, it must be YYYY-MM-DD.
      [
        'amendingDocument.issuedOn',
        {
          amendingDocument: { number: '1/KH-UBND', title: 't', issuedOn: '01/07/2026' },
          summary: 's',
          targetRevisions: [],
        },
      ],
      [
        'targetRevisions[0].newValue',
        {
          amendingDocument: { number: '1/KH-UBND', title: 't', issuedOn: '2026-07-01' },
          summary: 's',
          targetRevisions: [{ indicatorId: 'i-1', year: 2026, newValue: 'mười tám' }],
        },
      ],
      [
        'summary',
        {
          amendingDocument: { number: '1/KH-UBND', title: 't', issuedOn: '2026-07-01' },
          targetRevisions: [],
        },
      ],
    ],
  },
  {
    route: 'POST /plans/kh-495/indicators/i-1/values',
    valid: { period: '2026-Q2', value: 50, source: 'Báo cáo quý', asOf: '2026-05-30' },
    invalid: [
      ['period', { period: 'Q2/2026', value: 50, source: 'x', asOf: '2026-05-30' }],
      ['value', { period: '2026', value: '50%', source: 'x', asOf: '2026-05-30' }],
      ['asOf', { period: '2026', value: 50, source: 'x' }],
    ],
  },
  {
    route: 'POST /plans/kh-495/tasks',
    valid: { title: 'Nhiệm vụ mới', leadAgencyId: 'so-y-te', dueDate: '2026-12-31' },
    invalid: [
      ['title', { leadAgencyId: 'so-y-te', dueDate: '2026-12-31' }],
      ['leadAgencyId', { title: 'x', dueDate: '2026-12-31' }],
      ['dueDate', { title: 'x', leadAgencyId: 'so-y-te', dueDate: '31/12/2026' }],
      ['recurrence.frequency', { title: 'x', leadAgencyId: 'so-y-te', recurrence: { frequency: 'weekly' } }],
      ['allCommunes', { title: 'x', allCommunes: 'yes', dueDate: '2026-12-31' }],
      ['leadAgencyId', { title: 'x', allCommunes: true, leadAgencyId: 'so-y-te', dueDate: '2026-12-31' }],
      [
        'coordinatingAgencyIds',
        { title: 'x', leadAgencyId: 'so-y-te', dueDate: '2026-12-31', coordinatingAgencyIds: 'so-khcn' },
      ],
    ],
  },
  {
    route: 'POST /tasks/{task}/acknowledge',
    valid: {},
    invalid: [
      ['note', { note: 7 }],
      ['expectedVersion', { expectedVersion: 'v1' }],
    ],
  },
  {
    route: 'POST /tasks/{task}/progress',
    valid: { summary: 'Đang thực hiện' },
    invalid: [
      ['summary', {}],
      ['percentComplete', { summary: 'x', percentComplete: 101 }],
      ['reportId', { summary: 'x', reportId: 'Báo cáo 1' }],
    ],
  },
  {
    route: 'POST /tasks/{task}/extension-requests',
    valid: { requestedDueDate: '2027-01-31', reason: 'Chờ kinh phí' },
    invalid: [
      ['requestedDueDate', { reason: 'x' }],
      ['reason', { requestedDueDate: '2027-01-31' }],
    ],
  },
  {
    route: 'POST /tasks/{task}/extension-requests/r-1/grant',
    valid: {},
    invalid: [['newDueDate', { newDueDate: 'soon' }]],
  },
  {
    route: 'POST /tasks/{task}/extension-requests/r-1/reject',
    valid: { reason: 'Không đủ căn cứ' },
    invalid: [['reason', {}]],
  },
  { route: 'POST /tasks/{task}/complete', valid: { result: 'Xong' }, invalid: [['result', { result: '' }]] },
  { route: 'POST /tasks/{task}/accept', valid: {}, invalid: [['comment', { comment: ['Đạt'] }]] },
  {
    route: 'POST /tasks/{task}/return',
    valid: { reason: 'Thiếu hồ sơ' },
    invalid: [['reason', { reason: null }]],
  },
  {
    route: 'POST /tasks/{task}/reassign',
    valid: { toAgencyId: 'so-y-te', reason: 'Đúng chức năng' },
    invalid: [
      ['toAgencyId', { reason: 'x' }],
      ['reason', { toAgencyId: 'so-y-te' }],
    ],
  },
  {
    route: 'POST /tasks/{task}/escalate',
    valid: { level: 'standing_office' },
    invalid: [['level', { level: 'prime_minister' }]],
  },
  { route: 'POST /tasks/{task}/cancel', valid: { reason: 'Không còn phù hợp' }, invalid: [['reason', {}]] },
  {
    route: 'POST /tasks/{task}/reopen',
    valid: { reason: 'Phát sinh yêu cầu mới' },
    invalid: [['newDueDate', { reason: 'x', newDueDate: '2027-13-01' }]],
  },
];

describe('request validation of every command route', () => {
  let api: ApiTestApp;
  let taskId: string;

  beforeAll(async () => {
    api = await startApiTestApp();
    ({ taskId } = await givenAssignedTask(api));
  });
  afterAll(() => api.close());

  /** Each route is sent by a role allowed to use it, so what is tested is validation, not authorization. */
  const actorFor = (path: string) =>
    path.startsWith('/agencies')
      ? asAdmin
      : /\/tasks\/[^/]+\/(acknowledge|progress|extension-requests|complete)$/.test(path)
        ? asFinance
        : asStandingOffice;

  const send = (route: string, body: unknown) => {
    const [, template] = route.split(' ');
    const path = template.replace('{task}', taskId);
    return api.http
      .post(path)
      .set(actorFor(path))
      .send(body as object);
  };

  describe.each(ROUTES)('$route', ({ route, valid, invalid }) => {
    it.each(invalid)('names %s when it is wrong', async (field, body) => {
      const response = await send(route, body);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    });

    it('refuses a field it does not know', async () => {
      const response = await send(route, { ...valid, isAdmin: true });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain('isAdmin');
    });
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const response = await api.http
      .post(`/tasks/${taskId}/progress`)
      .set(asFinance)
      .set('Content-Type', 'application/json')
      .send('{"summary": "unterminated');
    expect(response.status).toBe(400);
  });

  it('answers a malformed If-Match with 400', async () => {
    const response = await send(`POST /tasks/{task}/acknowledge`, {}).set('If-Match', 'version three');
    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('If-Match');
  });

  it('answers a malformed Idempotency-Key with 400', async () => {
    const response = await send(`POST /tasks/{task}/acknowledge`, {}).set('Idempotency-Key', 'x');
    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('Idempotency-Key');
  });
});
