import { createHash } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import { EVIDENCE_BLOB_STORE, EvidenceCatalog, EvidenceSweeper } from '@giaoviec/evidence';
import { samplePdf, samplePng } from '@giaoviec/evidence/testing';
import { actorHeaders, startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import {
  asFinance,
  asHealth,
  asStandingOffice,
  givenAssignedTask,
  givenOverdueTask,
} from '../support/hue-fixtures';
import { projectReadModels } from '../support/read-models';

/** A small limit, so "too large" is cheap to send. */
const MAX_BYTES = 64 * 1024;
const PDF_NAME = 'Báo cáo số 12-BC-STC (đã ký).pdf';
/** An officer of Sở KH&CN, which coordinates the task: it may report, and upload, for itself. */
const asKhcnOfficer = actorHeaders({ userId: 'u-khcn-officer', agencyId: 'so-khcn', role: 'officer' });
const asLeadership = actorHeaders({ userId: 'u-lanhdao', agencyId: 'ban-chi-dao', role: 'leadership' });

describe('evidence files on reports (POST /tasks/{taskId}/evidence, GET …/evidence/{evidenceId})', () => {
  let api: ApiTestApp;
  let taskId: string;

  const upload = (
    task: string,
    headers: Record<string, string>,
    bytes: Buffer,
    contentType: string,
    fileName: string,
  ) =>
    api.http
      .post(`/tasks/${task}/evidence`)
      .set(headers)
      .set('Content-Type', contentType)
      .set('X-File-Name', encodeURIComponent(fileName))
      .send(bytes);

  const download = (task: string, evidenceId: string, headers: Record<string, string>) =>
    api.http
      .get(`/tasks/${task}/evidence/${evidenceId}`)
      .set(headers)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });

  beforeAll(async () => {
    api = await startApiTestApp({ environment: { EVIDENCE_MAX_BYTES: String(MAX_BYTES) } });
    ({ taskId } = await givenAssignedTask(api));
    await api.http.post(`/tasks/${taskId}/acknowledge`).set(asFinance).send({}).expect(200);
  });
  afterAll(() => api.close());

  it('takes a signed PDF, reports with it, and serves it back to the readers of the task', async () => {
    const pdf = samplePdf();
    const uploaded = await upload(taskId, asFinance, pdf, 'application/pdf', PDF_NAME).expect(201);
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    expect(uploaded.body).toEqual({
      evidenceId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      fileName: PDF_NAME,
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256,
    });
    const { evidenceId } = uploaded.body;

    await api.http
      .post(`/tasks/${taskId}/progress`)
      .set(asFinance)
      .send({ summary: 'Đã trình UBND thành phố phương án kinh phí', evidenceIds: [evidenceId] })
      .expect(201);
    const history = await api.http.get(`/tasks/${taskId}/history`).set(asFinance).expect(200);
    const reported = history.body.events.find((event: { type: string }) => event.type === 'ProgressReported');
    expect(reported.data.evidence).toEqual([
      { evidenceId, fileName: PDF_NAME, contentType: 'application/pdf', sizeBytes: pdf.length, sha256 },
    ]);

    for (const reader of [asFinance, asStandingOffice, asKhcnOfficer, asLeadership]) {
      const served = await download(taskId, evidenceId, reader).expect(200);
      expect((served.body as Buffer).equals(pdf)).toBe(true);
      expect(served.headers['content-type']).toBe('application/pdf');
      expect(served.headers['x-content-type-options']).toBe('nosniff');
      expect(served.headers['content-disposition']).toBe(
        `attachment; filename="Bao cao so 12-BC-STC (da ky).pdf"; filename*=UTF-8''${encodeURIComponent(PDF_NAME).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
      );
    }

    await projectReadModels(api);
    const timeline = await api.http.get(`/tasks/${taskId}/timeline`).set(asFinance).expect(200);
    const entry = timeline.body.items.find((item: { type: string }) => item.type === 'ProgressReported');
    expect(entry.summary).toContain(`kèm 1 tệp: ${PDF_NAME}`);
    expect(entry.data.evidence[0].sha256).toBe(sha256);
  });

  it('refuses the file to an agency that may not read the task (403) and an id the task does not have (404)', async () => {
    const { evidenceId } = (
      await upload(taskId, asFinance, samplePng(), 'image/png', 'hiện trường.png').expect(201)
    ).body;
    await api.http
      .post(`/tasks/${taskId}/complete`)
      .set(asFinance)
      .send({ result: 'Đã bố trí kinh phí', evidenceIds: [evidenceId] })
      .expect(200);
    const refused = await download(taskId, evidenceId, asHealth).expect(403);
    expect(JSON.parse(refused.body.toString())).toMatchObject({ rule: 'auth.forbidden' });
    const unknown = await download(taskId, '00000000-0000-4000-8000-000000000000', asFinance).expect(404);
    expect(JSON.parse(unknown.body.toString())).toMatchObject({ rule: 'evidence.not_found' });
    await download('khong-co', evidenceId, asStandingOffice).expect(404);
    // Reopened so the rest of the suite can report again.
    await api.http
      .post(`/tasks/${taskId}/return`)
      .set(asStandingOffice)
      .send({ reason: 'Bổ sung' })
      .expect(200);
  });

  it('refuses a file whose content is not what its type says, a type not allowed, an empty file and one too large', async () => {
    const mismatch = await upload(taskId, asFinance, samplePng(), 'application/pdf', 'bao-cao.pdf').expect(
      415,
    );
    expect(mismatch.body).toMatchObject({ rule: 'evidence.type_mismatch', status: 415 });
    const exe = await upload(
      taskId,
      asFinance,
      Buffer.from('MZ\x90\x00'),
      'application/x-msdownload',
      'a.exe',
    ).expect(415);
    expect(exe.body).toMatchObject({ rule: 'evidence.type_not_allowed' });
    const empty = await upload(taskId, asFinance, Buffer.alloc(0), 'application/pdf', 'rong.pdf').expect(400);
    expect(empty.body).toMatchObject({ rule: 'evidence.empty' });
    const large = Buffer.concat([samplePdf(), Buffer.alloc(MAX_BYTES)]);
    const tooLarge = await upload(taskId, asFinance, large, 'application/pdf', 'lon.pdf')
      .set('Accept-Language', 'vi')
      .expect(413);
    expect(tooLarge.body).toMatchObject({ rule: 'evidence.too_large', maxBytes: MAX_BYTES });
    expect(tooLarge.body.detail).toBe('Tệp quá lớn: dung lượng tối đa là 64 KB.');
    const unnamed = await api.http
      .post(`/tasks/${taskId}/evidence`)
      .set(asFinance)
      .set('Content-Type', 'application/pdf')
      .send(samplePdf())
      .expect(400);
    expect(unnamed.body).toMatchObject({ rule: 'evidence.file_name_required' });
  });

  it('lets only the agencies reporting on the task upload, and only for a task that exists', async () => {
    await upload(taskId, asHealth, samplePdf(), 'application/pdf', 'x.pdf').expect(403);
    await upload(taskId, asStandingOffice, samplePdf(), 'application/pdf', 'x.pdf').expect(403);
    const missing = await upload('khong-co', asFinance, samplePdf(), 'application/pdf', 'x.pdf').expect(404);
    expect(missing.body).toMatchObject({ rule: 'task.not_found' });
  });

  it('refuses a report naming an unknown file, a file of another task, or one another agency uploaded', async () => {
    const report = (evidenceIds: string[]) =>
      api.http.post(`/tasks/${taskId}/progress`).set(asFinance).send({ summary: 'Báo cáo', evidenceIds });
    const unknown = await report(['00000000-0000-4000-8000-000000000000']).expect(404);
    expect(unknown.body).toMatchObject({ rule: 'evidence.not_found' });

    const { taskId: otherTask } = await givenOverdueTask(api);
    const ofOtherTask = (
      await upload(otherTask, asFinance, samplePdf(), 'application/pdf', 'khac.pdf').expect(201)
    ).body.evidenceId;
    expect((await report([ofOtherTask]).expect(422)).body).toMatchObject({ rule: 'evidence.other_task' });

    const ofKhcn = (
      await upload(taskId, asKhcnOfficer, samplePdf(), 'application/pdf', 'khcn.pdf').expect(201)
    ).body.evidenceId;
    expect((await report([ofKhcn]).expect(403)).body).toMatchObject({ rule: 'evidence.not_yours' });
    // Until a report names it, the file is its uploader's draft: another agency does not see it.
    await download(taskId, ofKhcn, asFinance).expect(404);
    await download(taskId, ofKhcn, asKhcnOfficer).expect(200);

    const invalid = await report(['not-a-uuid']).expect(400);
    expect(invalid.body.errors[0]).toMatchObject({ field: 'evidenceIds', codes: ['isUuid'] });
  });

  it('sweeps files no report named after a day, and keeps every file a report names', async () => {
    const named = (
      await upload(taskId, asFinance, samplePdf('giữ'), 'application/pdf', 'giu.pdf').expect(201)
    ).body.evidenceId;
    await api.http
      .post(`/tasks/${taskId}/progress`)
      .set(asFinance)
      .send({ summary: 'Có tệp', evidenceIds: [named] })
      .expect(201);
    const abandoned = (
      await upload(taskId, asFinance, samplePdf('bỏ'), 'application/pdf', 'bo.pdf').expect(201)
    ).body.evidenceId;
    const sweeper = new EvidenceSweeper(
      api.app.get(EvidenceCatalog),
      api.app.get(EVIDENCE_BLOB_STORE),
      api.app.get<AppConfig>(APP_CONFIG),
      api.clock,
    );
    expect(await sweeper.runOnce()).toEqual([]);
    api.clock.set(new Date(api.clock.now().getTime() + 25 * 3_600_000));
    const removed = await sweeper.runOnce();
    expect(removed).toContain(abandoned);
    expect(removed).not.toContain(named);
    await download(taskId, abandoned, asFinance).expect(404);
    await download(taskId, named, asFinance).expect(200);
  });
});

describe('directions and comments on a task (POST /tasks/{taskId}/directions, /comments)', () => {
  let api: ApiTestApp;
  let taskId: string;

  beforeAll(async () => {
    api = await startApiTestApp();
    ({ taskId } = await givenAssignedTask(api));
  });
  afterAll(() => api.close());

  it('records directions of the standing office and leadership, notifying the lead agency', async () => {
    const given = await api.http
      .post(`/tasks/${taskId}/directions`)
      .set(asStandingOffice)
      .send({ text: 'Đề nghị Sở Tài chính trình phương án trước 30/9/2026.' })
      .expect(201);
    expect(given.body.events).toEqual([{ eventId: expect.any(String), type: 'TaskDirectionGiven' }]);
    await api.http
      .post(`/tasks/${taskId}/directions`)
      .set(asLeadership)
      .send({ text: 'Ưu tiên bố trí vốn.' })
      .expect(201);
    const refused = await api.http
      .post(`/tasks/${taskId}/directions`)
      .set(asFinance)
      .set('Accept-Language', 'vi')
      .send({ text: 'Tự chỉ đạo' })
      .expect(403);
    expect(refused.body.detail).toBe('Vai trò cán bộ không được cho ý kiến chỉ đạo về nhiệm vụ.');
    const blank = await api.http
      .post(`/tasks/${taskId}/directions`)
      .set(asStandingOffice)
      .send({ text: '  ' })
      .expect(422);
    expect(blank.body).toMatchObject({ rule: 'discussion.text_required' });

    await projectReadModels(api);
    const notifications = await api.http.get('/notifications').set(asFinance).expect(200);
    const directions = notifications.body.items.filter(
      (item: { kind: string }) => item.kind === 'task.direction',
    );
    // Newest first.
    expect(directions.map((item: { title: string; body: string }) => [item.title, item.body])).toEqual([
      ['Ý kiến chỉ đạo về nhiệm vụ II.1', expect.stringContaining('"Ưu tiên bố trí vốn."')],
      [
        'Ý kiến chỉ đạo về nhiệm vụ II.1',
        expect.stringContaining('"Đề nghị Sở Tài chính trình phương án trước 30/9/2026."'),
      ],
    ]);
  });

  it("takes comments from the task's participants only, and shows both in the timeline with their author", async () => {
    await api.http
      .post(`/tasks/${taskId}/comments`)
      .set(asFinance)
      .send({ text: 'Đã gửi dự thảo phương án.' })
      .expect(201);
    await api.http
      .post(`/tasks/${taskId}/comments`)
      .set(asKhcnOfficer)
      .send({ text: 'Đã góp ý dự thảo.' })
      .expect(201);
    await api.http
      .post(`/tasks/${taskId}/comments`)
      .set(asHealth)
      .send({ text: 'Không liên quan' })
      .expect(403);
    await projectReadModels(api);
    const timeline = await api.http.get(`/tasks/${taskId}/timeline`).set(asFinance).expect(200);
    const discussion = timeline.body.items.filter((item: { type: string }) =>
      ['TaskDirectionGiven', 'TaskCommented'].includes(item.type),
    );
    expect(discussion.map((item: { type: string; summary: string }) => [item.type, item.summary])).toEqual([
      [
        'TaskDirectionGiven',
        'Sở Khoa học và Công nghệ cho ý kiến chỉ đạo về nhiệm vụ II.1: "Đề nghị Sở Tài chính trình phương án trước 30/9/2026."',
      ],
      [
        'TaskDirectionGiven',
        expect.stringContaining('cho ý kiến chỉ đạo về nhiệm vụ II.1: "Ưu tiên bố trí vốn."'),
      ],
      ['TaskCommented', 'Sở Tài chính trao đổi về nhiệm vụ II.1: "Đã gửi dự thảo phương án."'],
      ['TaskCommented', 'Sở Khoa học và Công nghệ trao đổi về nhiệm vụ II.1: "Đã góp ý dự thảo."'],
    ]);
  });
});
