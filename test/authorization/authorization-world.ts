import { randomUUID } from 'node:crypto';
import type { ApiTestApp } from '../support/api-test-app';
import { actorHeaders, type TestActor } from '../support/access-tokens';

/**
 * The agencies, plan and helpers the authorization matrix works with. Set-up always acts
 * with a role that may do the step, so only the request under test meets the policy.
 */
export const ACTING_AGENCY = 'so-y-te';
export const FOREIGN_AGENCY = 'so-tai-chinh';
export const PLAN_ID = 'kh-authz';

export const ADMIN: TestActor = { userId: 'u-admin', agencyId: 'van-phong-ubnd', role: 'admin' };
export const STANDING_OFFICE: TestActor = {
  userId: 'u-standing',
  agencyId: 'so-khcn',
  role: 'standing_office',
};

export const officerOf = (agencyId: string): TestActor => ({
  userId: `u-officer-${agencyId}`,
  agencyId,
  role: 'officer',
});
export const unitOf = (agencyId: string) => `unit-of-${agencyId}`;
export const uniqueId = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export class AuthorizationWorld {
  readonly admin = ADMIN;

  constructor(readonly api: ApiTestApp) {}

  async build(): Promise<void> {
    const agencies = [
      { agencyId: 'so-khcn', name: 'Sở Khoa học và Công nghệ', kind: 'department' },
      { agencyId: ACTING_AGENCY, name: 'Sở Y tế', kind: 'department' },
      { agencyId: FOREIGN_AGENCY, name: 'Sở Tài chính', kind: 'department' },
      { agencyId: 'ban-chi-dao', name: 'Ban Chỉ đạo chuyển đổi số', kind: 'other' },
      { agencyId: 'van-phong-ubnd', name: 'Văn phòng UBND thành phố', kind: 'other' },
      {
        agencyId: unitOf(ACTING_AGENCY),
        name: 'Trung tâm thuộc Sở Y tế',
        kind: 'other',
        parentAgencyId: ACTING_AGENCY,
      },
      {
        agencyId: unitOf(FOREIGN_AGENCY),
        name: 'Trung tâm thuộc Sở Tài chính',
        kind: 'other',
        parentAgencyId: FOREIGN_AGENCY,
      },
    ];
    for (const agency of agencies) await this.expectOk(this.post(ADMIN, '/agencies', agency));
    await this.expectOk(this.post(STANDING_OFFICE, '/plans', this.planBody(PLAN_ID)));
  }

  planBody(planId: string) {
    return {
      planId,
      number: '495/KH-UBND',
      title: 'Kế hoạch chuyển đổi số năm 2026',
      issuedOn: '2025-12-31',
      signer: { name: 'Nguyễn Khắc Toàn', title: 'Chủ tịch' },
      issuingAuthority: 'UBND thành phố Huế',
      period: { from: '2026-01-01', to: '2026-12-31' },
      legalBases: [],
    };
  }

  post(actor: TestActor, path: string, body: object = {}) {
    return this.api.http.post(path).set(actorHeaders(actor)).send(body);
  }

  get(actor: TestActor, path: string) {
    return this.api.http.get(path).set(actorHeaders(actor));
  }

  async expectOk(
    request: PromiseLike<{ status: number; body: unknown }>,
  ): Promise<{ status: number; body: Record<string, string> }> {
    const response = await request;
    if (response.status >= 300)
      throw new Error(`Set-up step failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response as { status: number; body: Record<string, string> };
  }

  async registerAgency(kind = 'department'): Promise<string> {
    const agencyId = uniqueId('agency');
    await this.expectOk(this.post(ADMIN, '/agencies', { agencyId, name: `Đơn vị ${agencyId}`, kind }));
    return agencyId;
  }

  async registerUser(agencyId: string, role = 'officer'): Promise<string> {
    const username = uniqueId('user');
    const response = await this.expectOk(
      this.post(ADMIN, '/users', {
        username,
        displayName: `Cán bộ ${username}`,
        agencyId,
        role,
        password: 'mat-khau-ban-dau-2026',
      }),
    );
    return response.body.userId;
  }

  /** Makes the actor of a token a real user whose password is known, and answers the password. */
  async ensureUserWithKnownPassword(actor: TestActor): Promise<string> {
    const password = `mat-khau-${uniqueId('p')}`;
    const registered = await this.post(ADMIN, '/users', {
      userId: actor.userId,
      username: actor.userId,
      displayName: actor.userId,
      agencyId: actor.agencyId,
      role: actor.role,
      password,
    });
    if (registered.status === 201) return password;
    await this.expectOk(this.post(ADMIN, `/users/${actor.userId}/password`, { newPassword: password }));
    return password;
  }

  async issuePlan(): Promise<string> {
    const planId = uniqueId('plan');
    await this.expectOk(this.post(STANDING_OFFICE, '/plans', this.planBody(planId)));
    return planId;
  }

  async defineIndicator(responsibleAgencyId: string, planId = PLAN_ID): Promise<string> {
    const indicatorId = uniqueId('indicator');
    await this.expectOk(
      this.post(STANDING_OFFICE, `/plans/${planId}/indicators`, {
        indicatorId,
        name: 'Tỷ lệ hồ sơ xử lý trực tuyến',
        unit: '%',
        direction: 'at_least',
        targets: [{ year: 2026, value: 80 }],
        responsibleAgencyId,
      }),
    );
    return indicatorId;
  }

  /** Due before the end of the plan (2026-12-31), so it can still be extended within it. */
  async assignTask(leadAgencyId: string, dueDate = '2026-09-30'): Promise<string> {
    const taskId = uniqueId('task');
    await this.expectOk(
      this.post(STANDING_OFFICE, `/plans/${PLAN_ID}/tasks`, {
        taskId,
        title: 'Nhiệm vụ thử',
        leadAgencyId,
        dueDate,
        // An overdue task for the scenarios that need one is entered as back-dated (the clock stands on 2026-06-01).
        ...(dueDate < '2026-06-01' ? { backdated: true } : {}),
      }),
    );
    return taskId;
  }

  /** Led by another agency, with `coordinatingAgencyId` coordinating (phối hợp). */
  async coordinatedTask(coordinatingAgencyId: string): Promise<string> {
    const taskId = uniqueId('task');
    const leadAgencyId = coordinatingAgencyId === ACTING_AGENCY ? FOREIGN_AGENCY : ACTING_AGENCY;
    await this.expectOk(
      this.post(STANDING_OFFICE, `/plans/${PLAN_ID}/tasks`, {
        taskId,
        title: 'Nhiệm vụ có đơn vị phối hợp',
        leadAgencyId,
        coordinatingAgencyIds: [coordinatingAgencyId],
        dueDate: '2026-09-30',
      }),
    );
    return taskId;
  }

  async acknowledgedCoordination(coordinatingAgencyId: string): Promise<string> {
    const taskId = await this.coordinatedTask(coordinatingAgencyId);
    await this.expectOk(
      this.post(officerOf(coordinatingAgencyId), `/tasks/${taskId}/coordination/acknowledge`),
    );
    return taskId;
  }

  async acknowledgedTask(leadAgencyId: string, dueDate?: string): Promise<string> {
    const taskId = await this.assignTask(leadAgencyId, dueDate);
    await this.expectOk(this.post(officerOf(leadAgencyId), `/tasks/${taskId}/acknowledge`));
    return taskId;
  }

  /** A quarterly report, acknowledged, with the key of its period in hand. */
  async acknowledgedRecurringReport(leadAgencyId: string): Promise<{ taskId: string; periodKey: string }> {
    const taskId = uniqueId('task');
    await this.expectOk(
      this.post(STANDING_OFFICE, `/plans/${PLAN_ID}/tasks`, {
        taskId,
        title: 'Báo cáo định kỳ thử',
        leadAgencyId,
        recurrence: { frequency: 'quarterly' },
      }),
    );
    await this.expectOk(this.post(officerOf(leadAgencyId), `/tasks/${taskId}/acknowledge`));
    const task = await this.get(STANDING_OFFICE, `/tasks/${taskId}`).expect(200);
    return { taskId, periodKey: (task.body as { periodInHand: { key: string } }).periodInHand.key };
  }

  async completedTask(leadAgencyId: string): Promise<string> {
    const taskId = await this.acknowledgedTask(leadAgencyId);
    await this.expectOk(
      this.post(officerOf(leadAgencyId), `/tasks/${taskId}/complete`, { result: 'Đã hoàn thành' }),
    );
    return taskId;
  }

  async pendingExtension(leadAgencyId: string): Promise<{ taskId: string; requestId: string }> {
    const taskId = await this.acknowledgedTask(leadAgencyId);
    const response = await this.expectOk(
      this.post(officerOf(leadAgencyId), `/tasks/${taskId}/extension-requests`, {
        requestedDueDate: '2026-12-31',
        reason: 'Chờ kinh phí',
      }),
    );
    return { taskId, requestId: response.body.requestId };
  }

  /** A value of a new indicator of `responsibleAgencyId`, reported by that agency and waiting for the standing office. */
  async pendingIndicatorValue(
    responsibleAgencyId: string,
  ): Promise<{ indicatorId: string; reportId: string }> {
    const indicatorId = await this.defineIndicator(responsibleAgencyId);
    const reportId = uniqueId('report');
    await this.expectOk(
      this.post(officerOf(responsibleAgencyId), `/plans/${PLAN_ID}/indicators/${indicatorId}/values`, {
        reportId,
        period: '2026-Q1',
        value: 40,
        source: 'Báo cáo quý I',
        asOf: '2026-03-31',
      }),
    );
    return { indicatorId, reportId };
  }
}
