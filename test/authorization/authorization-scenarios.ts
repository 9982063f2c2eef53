import type { PolicyAction } from '@giaoviec/platform';
import type { TestActor } from '../support/access-tokens';
import { AuthorizationWorld, PLAN_ID, uniqueId, unitOf } from './authorization-world';
import { REPORTING_SCENARIOS } from './reporting-scenarios';
import { samplePdf } from '@giaoviec/evidence/testing';

/** The request under test, prepared so that it succeeds whenever the policy lets it through. */
export interface PreparedRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: object;
  /** A file sent as the raw body (the evidence upload), instead of a JSON body. */
  readonly file?: { readonly contentType: string; readonly fileName: string; readonly bytes: Buffer };
}

/**
 * One scenario per action of the POLICY_TABLE. `owner` is the agency the resource belongs
 * to: the actor's own agency, or another one. A scenario for an action that owns nothing
 * ignores it.
 */
export type Scenario = (
  world: AuthorizationWorld,
  owner: string,
  actor: TestActor,
) => Promise<PreparedRequest>;

const post = (path: string, body: object = {}): PreparedRequest => ({ method: 'POST', path, body });
const get = (path: string): PreparedRequest => ({ method: 'GET', path });

export const SCENARIOS: Partial<Record<PolicyAction, Scenario>> = {
  'agency.register': async () =>
    post('/agencies', { agencyId: uniqueId('agency'), name: 'Đơn vị mới', kind: 'department' }),
  'agency.rename': async (world) =>
    post(`/agencies/${await world.registerAgency()}/rename`, {
      newName: 'Tên mới',
      effectiveOn: '2026-07-01',
    }),
  'agency.retire': async (world) =>
    post(`/agencies/${await world.registerAgency()}/retire`, {
      reason: 'Giải thể',
      effectiveOn: '2026-07-01',
    }),
  'agency.merge': async (world) =>
    post('/agencies/merges', {
      targetAgencyId: await world.registerAgency('commune'),
      mergedAgencyIds: [await world.registerAgency('commune')],
      effectiveOn: '2026-07-01',
      decisionRef: uniqueId('nq'),
    }),
  'agency.read': async () => get('/agencies'),

  'user.register': async () =>
    post('/users', {
      username: uniqueId('user'),
      displayName: 'Cán bộ mới',
      agencyId: 'so-y-te',
      role: 'officer',
      password: 'mat-khau-du-dai-2026',
    }),
  'user.change_role': async (world) =>
    post(`/users/${await world.registerUser('so-y-te')}/role`, { role: 'agency_head' }),
  'user.move_agency': async (world) =>
    post(`/users/${await world.registerUser('so-y-te')}/agency`, { agencyId: 'so-tai-chinh' }),
  'user.deactivate': async (world) =>
    post(`/users/${await world.registerUser('so-y-te')}/deactivate`, { reason: 'Nghỉ hưu' }),
  'user.reactivate': async (world) => {
    const userId = await world.registerUser('so-y-te');
    await world.expectOk(world.post(world.admin, `/users/${userId}/deactivate`, { reason: 'Tạm nghỉ' }));
    return post(`/users/${userId}/reactivate`);
  },
  'user.reset_password': async (world) =>
    post(`/users/${await world.registerUser('so-y-te')}/password`, { newPassword: 'mat-khau-moi-2026-abc' }),
  'user.read': async (world, owner) => get(`/users/${await world.registerUser(owner)}`),
  'user.read_self': async (world, _owner, actor) => {
    await world.ensureUserWithKnownPassword(actor);
    return get('/auth/me');
  },
  'user.change_own_password': async (world, _owner, actor) => {
    const currentPassword = await world.ensureUserWithKnownPassword(actor);
    return post('/auth/password', { currentPassword, newPassword: `${currentPassword}-moi` });
  },

  'plan.issue': async (world) => post('/plans', world.planBody(uniqueId('plan'))),
  'plan.amend': async (world) => {
    const planId = await world.issuePlan();
    const indicatorId = await world.defineIndicator('so-khcn', planId);
    return post(`/plans/${planId}/amendments`, {
      amendingDocument: { number: '160/KH-UBND', title: 'Kế hoạch sửa đổi', issuedOn: '2026-07-01' },
      summary: 'Điều chỉnh chỉ tiêu',
      targetRevisions: [{ indicatorId, year: 2026, newValue: 85 }],
    });
  },
  'plan.close': async (world) =>
    post(`/plans/${await world.issuePlan()}/close`, { reason: 'Hết kỳ', closedOn: '2026-12-31' }),
  'plan.read': async () => get(`/plans/${PLAN_ID}`),
  'plan.import_draft': async () =>
    post('/plans/import-drafts', { text: 'KẾ HOẠCH\nI. NHIỆM VỤ\n- Sở Tài chính bố trí kinh phí.' }),
  'indicator.define': async () =>
    post(`/plans/${PLAN_ID}/indicators`, {
      name: 'Chỉ tiêu mới',
      unit: '%',
      direction: 'at_least',
      targets: [{ year: 2026, value: 50 }],
      responsibleAgencyId: 'so-khcn',
    }),
  'indicator.report_value': async (world, owner) =>
    post(`/plans/${PLAN_ID}/indicators/${await world.defineIndicator(owner)}/values`, {
      period: '2026-Q1',
      value: 40,
      source: 'Báo cáo quý I',
      asOf: '2026-03-31',
      // Kept only when the actor reports for another agency (the standing office may, saying why).
      onBehalfReason: 'Đơn vị chưa có cán bộ phụ trách',
    }),
  'indicator.confirm_value': async (world, owner) => {
    const { indicatorId, reportId } = await world.pendingIndicatorValue(owner);
    return post(`/plans/${PLAN_ID}/indicators/${indicatorId}/values/${reportId}/confirm`);
  },
  'indicator.return_value': async (world, owner) => {
    const { indicatorId, reportId } = await world.pendingIndicatorValue(owner);
    return post(`/plans/${PLAN_ID}/indicators/${indicatorId}/values/${reportId}/return`, {
      reason: 'Thiếu nguồn số liệu',
    });
  },

  'task.assign': async () =>
    post(`/plans/${PLAN_ID}/tasks`, {
      title: 'Nhiệm vụ mới',
      leadAgencyId: 'so-tai-chinh',
      dueDate: '2026-12-31',
    }),
  'task.read': async (world, owner) => get(`/tasks/${await world.assignTask(owner)}`),
  'task.acknowledge': async (world, owner) => post(`/tasks/${await world.assignTask(owner)}/acknowledge`),
  'task.upload_evidence': async (world, owner) => ({
    method: 'POST',
    path: `/tasks/${await world.acknowledgedTask(owner)}/evidence`,
    file: { contentType: 'application/pdf', fileName: 'Báo cáo.pdf', bytes: samplePdf() },
  }),
  'task.give_direction': async (world, owner) =>
    post(`/tasks/${await world.assignTask(owner)}/directions`, { text: 'Đề nghị khẩn trương thực hiện' }),
  'task.comment': async (world, owner) =>
    post(`/tasks/${await world.assignTask(owner)}/comments`, { text: 'Đã gửi dự thảo' }),
  'task.report_progress': async (world, owner) =>
    post(`/tasks/${await world.acknowledgedTask(owner)}/progress`, { summary: 'Đang triển khai' }),
  'task.acknowledge_coordination': async (world, owner) =>
    post(`/tasks/${await world.coordinatedTask(owner)}/coordination/acknowledge`),
  'task.report_contribution': async (world, owner) =>
    post(`/tasks/${await world.acknowledgedCoordination(owner)}/contributions`, {
      summary: 'Đã bố trí kinh phí',
    }),
  'task.submit_periodic_report': async (world, owner) => {
    const { taskId, periodKey } = await world.acknowledgedRecurringReport(owner);
    return post(`/tasks/${taskId}/periodic-reports`, { periodKey, summary: 'Báo cáo kết quả KPI' });
  },
  'task.request_extension': async (world, owner) =>
    post(`/tasks/${await world.acknowledgedTask(owner)}/extension-requests`, {
      requestedDueDate: '2026-12-31',
      reason: 'Chờ kinh phí',
    }),
  'task.grant_extension': async (world, owner) => {
    const { taskId, requestId } = await world.pendingExtension(owner);
    return post(`/tasks/${taskId}/extension-requests/${requestId}/grant`);
  },
  'task.reject_extension': async (world, owner) => {
    const { taskId, requestId } = await world.pendingExtension(owner);
    return post(`/tasks/${taskId}/extension-requests/${requestId}/reject`, { reason: 'Không đủ căn cứ' });
  },
  'task.complete': async (world, owner) =>
    post(`/tasks/${await world.acknowledgedTask(owner)}/complete`, { result: 'Xong' }),
  'task.accept': async (world, owner) => post(`/tasks/${await world.completedTask(owner)}/accept`),
  'task.return': async (world, owner) =>
    post(`/tasks/${await world.completedTask(owner)}/return`, { reason: 'Thiếu hồ sơ' }),
  'task.reassign': async (world, owner) =>
    post(`/tasks/${await world.acknowledgedTask(owner)}/reassign`, {
      toAgencyId: unitOf(owner),
      reason: 'Giao đơn vị trực thuộc',
    }),
  'task.escalate': async (world, owner) =>
    post(`/tasks/${await world.acknowledgedTask(owner, '2026-05-01')}/escalate`, {
      level: 'standing_office',
    }),
  'task.cancel': async (world, owner) =>
    post(`/tasks/${await world.assignTask(owner)}/cancel`, { reason: 'Không còn phù hợp' }),
  'task.reopen': async (world, owner) => {
    const taskId = await world.assignTask(owner);
    await world.expectOk(
      world.post(
        { userId: 'u-standing', agencyId: 'so-khcn', role: 'standing_office' },
        `/tasks/${taskId}/cancel`,
        { reason: 'Tạm dừng' },
      ),
    );
    return post(`/tasks/${taskId}/reopen`, { reason: 'Tiếp tục thực hiện' });
  },

  // The bull-board dashboard (middleware, not a Nest route): the page itself.
  'operations.queue_dashboard': async () => get('/queues'),
  ...REPORTING_SCENARIOS,
};
