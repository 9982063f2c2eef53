import { startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import { asFinance, asStandingOffice, givenAssignedTask } from '../support/hue-fixtures';

/** What the web application sends with every request. */
const VI = { 'Accept-Language': 'vi' };

describe('problem documents in Vietnamese (Accept-Language: vi)', () => {
  let api: ApiTestApp;
  let taskId: string;

  beforeAll(async () => {
    api = await startApiTestApp({ environment: { LOGIN_RATE_LIMIT_PER_MINUTE: '2' } });
    ({ taskId } = await givenAssignedTask(api));
  });
  afterAll(() => api.close());

  it('400: names each refused field in Vietnamese and keeps the field names; English for other clients', async () => {
    const body = {
      title: 'Nhiệm vụ thử',
      leadAgencyId: 'so-tai-chinh',
      dueDate: '31/12/2026',
      isAdmin: true,
    };
    const vietnamese = await api.http
      .post('/plans/kh-495/tasks')
      .set(asStandingOffice)
      .set(VI)
      .send(body)
      .expect(400);
    expect(vietnamese.headers['content-language']).toBe('vi');
    expect(vietnamese.body).toMatchObject({
      type: 'urn:giaoviec:problem:validation',
      status: 400,
      title: 'Yêu cầu không hợp lệ',
    });
    expect(vietnamese.body.detail).toContain('Trường dueDate: phải là ngày hợp lệ (yyyy-mm-dd)');
    expect(vietnamese.body.detail).toContain('Trường isAdmin: không phải là trường được chấp nhận');
    expect(vietnamese.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'dueDate', messages: ['phải là ngày hợp lệ (yyyy-mm-dd)'], codes: ['isLocalDate'] },
      ]),
    );

    const english = await api.http.post('/plans/kh-495/tasks').set(asStandingOffice).send(body).expect(400);
    expect(english.headers['content-language']).toBeUndefined();
    expect(english.body.title).toBe('Invalid request');
    expect(english.body.detail).toMatch(/^Invalid field\(s\): /);
    expect(english.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(
      vietnamese.body.errors.map((error: { field: string }) => error.field).sort(),
    );

    const header = await api.http
      .post(`/tasks/${taskId}/acknowledge`)
      .set(asFinance)
      .set('Accept-Language', 'vi-VN,vi;q=0.9,en;q=0.8')
      .set('If-Match', 'ba')
      .send({})
      .expect(400);
    expect(header.body.detail).toBe('Tiêu đề If-Match: phải là số phiên bản của dữ liệu, ví dụ "3"');
  });

  it('401 and 403: say who may do what', async () => {
    const unauthenticated = await api.http.get('/tasks').set(VI).expect(401);
    expect(unauthenticated.body).toMatchObject({
      rule: 'auth.unauthenticated',
      title: 'Chưa đăng nhập',
      detail: expect.stringContaining('Bạn chưa đăng nhập'),
    });
    const forbidden = await api.http.post('/plans').set(asFinance).set(VI).send({}).expect(403);
    expect(forbidden.body).toMatchObject({
      rule: 'auth.forbidden',
      action: 'plan.issue',
      title: 'Không có quyền',
      detail: 'Vai trò cán bộ không được ban hành kế hoạch.',
    });
    const ownAgency = await api.http.get('/tasks?agencyId=so-y-te').set(asFinance).set(VI).expect(403);
    expect(ownAgency.body.detail).toBe('Vai trò cán bộ chỉ được xem dữ liệu của đơn vị mình.');
    const login = await api.http
      .post('/auth/login')
      .set(VI)
      .send({ username: 'khong.co', password: 'sai-mat-khau-123' })
      .expect(401);
    expect(login.body.detail).toMatch(/^Tên đăng nhập hoặc mật khẩu không đúng/);
  });

  it('404: an unknown task and an unknown path', async () => {
    const task = await api.http.get('/tasks/khong-co').set(asStandingOffice).set(VI);
    expect(task.status).toBe(404);
    expect(task.body).toMatchObject({
      rule: 'task.not_found',
      title: 'Không tìm thấy',
      detail: 'Không tìm thấy nhiệm vụ này.',
    });
    const path = await api.http.get('/khong-co-duong-dan').set(VI).expect(404);
    expect(path.body.detail).toBe('Không tìm thấy đường dẫn GET /khong-co-duong-dan.');
  });

  it('409 and 422: a stale version and a broken rule of the domain', async () => {
    await api.http.post(`/tasks/${taskId}/acknowledge`).set(asFinance).send({}).expect(200);
    const stale = await api.http
      .post(`/tasks/${taskId}/progress`)
      .set(asFinance)
      .set(VI)
      .set('If-Match', '"1"')
      .send({ summary: 'Đã lập dự toán' })
      .expect(409);
    expect(stale.body).toMatchObject({
      rule: 'stream.wrong_expected_version',
      currentVersion: 2,
      title: 'Xung đột với dữ liệu hiện tại',
      detail:
        'Dữ liệu đã được người khác thay đổi (phiên bản bạn đã xem: 1, phiên bản hiện tại: 2). Vui lòng tải lại và thực hiện lại.',
    });
    const again = await api.http
      .post(`/tasks/${taskId}/acknowledge`)
      .set(asFinance)
      .set(VI)
      .send({})
      .expect(409);
    expect(again.body).toMatchObject({
      rule: 'task.already_acknowledged',
      detail: 'Nhiệm vụ đã được tiếp nhận trước đó.',
    });

    const earlier = await api.http
      .post(`/tasks/${taskId}/extension-requests`)
      .set(asFinance)
      .set(VI)
      .send({ requestedDueDate: '2026-06-30', reason: 'Chờ kinh phí' })
      .expect(422);
    expect(earlier.body).toMatchObject({
      rule: 'extension.date_not_later',
      title: 'Vi phạm quy định nghiệp vụ',
      detail: 'Hạn mới phải sau hạn hiện tại của nhiệm vụ.',
    });
    const english = await api.http
      .post(`/tasks/${taskId}/extension-requests`)
      .set(asFinance)
      .send({ requestedDueDate: '2026-06-30', reason: 'Chờ kinh phí' })
      .expect(422);
    expect(english.body.title).toBe('Rule violated');
    expect(english.body.detail).toMatch(/must be later than its current due date/);
  });

  it('429: too many logins from one address', async () => {
    let response;
    for (let attempt = 0; attempt < 5; attempt++) {
      response = await api.http
        .post('/auth/login')
        .set(VI)
        .send({ username: 'ai.do', password: 'sai-mat-khau-123' });
      if (response.status === 429) break;
    }
    expect(response?.status).toBe(429);
    expect(response?.body).toMatchObject({
      rule: 'auth.rate_limited',
      title: 'Thao tác quá nhiều lần',
      detail: expect.stringMatching(
        /^Thao tác quá nhiều lần từ địa chỉ này; vui lòng thử lại sau \d+ giây\.$/,
      ),
    });
  });

  it('503: the read models have not caught up with a write in time (no projector runs here)', async () => {
    const write = await api.http
      .post(`/tasks/${taskId}/progress`)
      .set(asFinance)
      .send({ summary: 'Đã trình dự toán' })
      .expect(201);
    const behind = await api.http
      .get('/tasks')
      .set(asFinance)
      .set(VI)
      .set('X-Read-After', write.body.position)
      .expect(503);
    expect(behind.body).toMatchObject({
      rule: 'read_models.behind',
      title: 'Hệ thống tạm thời chưa sẵn sàng',
      detail: expect.stringMatching(
        /^Dữ liệu đang được cập nhật, chưa kịp phản ánh thay đổi vừa thực hiện.*thử lại sau 1 giây\.$/,
      ),
    });
  });
});
