import { CommandBus } from '@nestjs/cqrs';
import { systemCommandContext } from '@giaoviec/identity';
import { localDateAt } from '@giaoviec/kernel';
import { ExecuteTaskCommand } from '@giaoviec/tasks';
import type { ApiTestApp } from './api-test-app';
import { actorHeaders } from './api-test-app';

/** Actors of the end-to-end tests: the standing office (Sở KH&CN) and a department officer. */
export const ADMIN = { userId: 'u-admin', agencyId: 'van-phong-ubnd', role: 'admin' };
export const STANDING_OFFICE = { userId: 'u-vanphong', agencyId: 'so-khcn', role: 'standing_office' };
export const FINANCE_OFFICER = { userId: 'u-taichinh', agencyId: 'so-tai-chinh', role: 'officer' };
export const HEALTH_OFFICER = { userId: 'u-yte', agencyId: 'so-y-te', role: 'officer' };

export const asAdmin = actorHeaders(ADMIN);
export const asStandingOffice = actorHeaders(STANDING_OFFICE);
export const asFinance = actorHeaders(FINANCE_OFFICER);
export const asHealth = actorHeaders(HEALTH_OFFICER);

/** Registers the agencies, issues Plan 495/KH-UBND and assigns one task to Sở Tài chính. */
export async function givenAssignedTask(api: ApiTestApp): Promise<{ planId: string; taskId: string }> {
  for (const agency of [
    { agencyId: 'so-khcn', name: 'Sở Khoa học và Công nghệ', kind: 'department' },
    { agencyId: 'so-tai-chinh', name: 'Sở Tài chính', kind: 'department' },
    { agencyId: 'so-y-te', name: 'Sở Y tế', kind: 'department' },
  ]) {
    await api.http.post('/agencies').set(asAdmin).send(agency).expect(201);
  }
  await api.http
    .post('/plans')
    .set(asStandingOffice)
    .send({
      planId: 'kh-495',
      number: '495/KH-UBND',
      title: 'Kế hoạch chuyển đổi số thành phố Huế năm 2026',
      issuedOn: '2025-12-31',
      signer: { name: 'Nguyễn Khắc Toàn', title: 'Chủ tịch' },
      issuingAuthority: 'UBND thành phố Huế',
      period: { from: '2026-01-01', to: '2026-12-31' },
      legalBases: ['Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị'],
      standingAgencyId: 'so-khcn',
      summary: 'Chuyển đổi số toàn diện trên ba trụ cột: chính quyền số, kinh tế số, xã hội số.',
    })
    .expect(201);
  const assigned = await api.http
    .post('/plans/kh-495/tasks')
    .set(asStandingOffice)
    .send({
      taskId: 'kh-495-t1',
      code: 'II.1',
      title: 'Bố trí kinh phí thực hiện chuyển đổi số năm 2026',
      leadAgencyId: 'so-tai-chinh',
      coordinatingAgencyIds: ['so-khcn'],
      dueDate: '2026-10-31',
      // Suites whose clock stands after the deadline enter the task as back-dated.
      ...(localDateAt(api.clock.now()) > '2026-10-31' ? { backdated: true } : {}),
    })
    .expect(201);
  return { planId: 'kh-495', taskId: assigned.body.tasks[0].taskId };
}

/** Task II.2 of Sở Tài chính, overdue since 15/05/2026 (entered back-dated); after givenAssignedTask. */
export async function givenOverdueTask(api: ApiTestApp): Promise<{ taskId: string }> {
  await api.http
    .post('/plans/kh-495/tasks')
    .set(asStandingOffice)
    .send({
      taskId: 'kh-495-t2',
      code: 'II.2',
      title: 'Số hóa hồ sơ',
      leadAgencyId: 'so-tai-chinh',
      dueDate: '2026-05-15',
      backdated: true,
    })
    .expect(201);
  return { taskId: 'kh-495-t2' };
}

/** The worker's in-app reminder of the overdue task to the finance officer, as the reminders processor records it. */
export async function givenInAppReminderOfOverdueTask(api: ApiTestApp, kind: string): Promise<void> {
  await api.app.get(CommandBus).execute(
    new ExecuteTaskCommand(
      {
        type: 'RecordReminderSent',
        data: {
          taskId: 'kh-495-t2',
          kind,
          channel: 'in_app',
          recipients: [FINANCE_OFFICER.userId],
          dueDate: '2026-05-15',
        },
      },
      systemCommandContext({
        userId: 'system:reminders',
        agencyId: 'so-khcn',
        key: `reminder-of-t2-${kind}`,
      }),
    ),
  );
}

/** The KPI "online end-to-end applications" of Plan 495 (80 % in 2026), Sở Tài chính reporting; after givenAssignedTask. */
export const ONLINE_APPLICATIONS_INDICATOR = {
  indicatorId: 'kh-495-cqs-1',
  name: 'Tỷ lệ hồ sơ trực tuyến toàn trình',
  unit: '%',
  direction: 'at_least',
  responsibleAgencyId: 'so-tai-chinh',
  targets: [{ year: 2026, value: 80 }],
};

/**
 * After givenAssignedTask and givenOverdueTask, on the clock's day: Sở Tài chính acknowledges
 * and reports on II.1 (40%), acknowledges II.2 and has its deadline extended to 20/06/2026.
 */
/**
 * The June the as-of tests look back on: Plan 495's two tasks and its online-applications
 * indicator on the app's clock, then, on 10/06, the tasks under way (givenTasksUnderWay).
 */
export async function givenJuneUnderWay(api: ApiTestApp): Promise<void> {
  await givenAssignedTask(api);
  await givenOverdueTask(api);
  await api.http
    .post('/plans/kh-495/indicators')
    .set(asStandingOffice)
    .send(ONLINE_APPLICATIONS_INDICATOR)
    .expect(201);
  api.clock.set(new Date('2026-06-10T02:00:00.000Z'));
  await givenTasksUnderWay(api);
}

export async function givenTasksUnderWay(api: ApiTestApp): Promise<void> {
  await api.http.post('/tasks/kh-495-t1/acknowledge').set(asFinance).send({}).expect(200);
  await api.http
    .post('/tasks/kh-495-t1/progress')
    .set(asFinance)
    .send({ summary: 'Đã lập dự toán', percentComplete: 40 })
    .expect(201);
  await api.http.post('/tasks/kh-495-t2/acknowledge').set(asFinance).send({}).expect(200);
  const asked = await api.http
    .post('/tasks/kh-495-t2/extension-requests')
    .set(asFinance)
    .send({ requestedDueDate: '2026-06-20', reason: 'Chờ dữ liệu dân cư' })
    .expect(201);
  await api.http
    .post(`/tasks/kh-495-t2/extension-requests/${asked.body.requestId}/grant`)
    .set(asStandingOffice)
    .send({})
    .expect(200);
}
