import { startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import { asStandingOffice, givenAssignedTask } from '../support/hue-fixtures';
import { projectReadModels } from '../support/read-models';

/** Issue 14, item 5: each task bound to its document, and found by its section. */
describe('the source of a task (POST /plans/{planId}/tasks, GET /tasks?section=)', () => {
  let api: ApiTestApp;
  let planId: string;

  const assign = (body: Record<string, unknown>) =>
    api.http
      .post(`/plans/${planId}/tasks`)
      .set(asStandingOffice)
      .send({
        leadAgencyId: 'so-tai-chinh',
        dueDate: '2026-11-30',
        ...body,
      });

  beforeAll(async () => {
    api = await startApiTestApp({ now: '2026-06-15T02:00:00.000Z' });
    ({ planId } = await givenAssignedTask(api));
    const quotedText = 'Xây dựng Kho dữ liệu (Data Warehouse) hoặc Hồ dữ liệu (Data Lake) cấp tỉnh.';
    await assign({
      taskId: 'kh-495-iii-5-2',
      code: 'III.5.2',
      title: 'Xây dựng Kho dữ liệu cấp tỉnh',
      source: { section: 'III.5.2', quotedText },
    }).expect(201);
    await assign({
      taskId: 'kh-495-iii-50',
      code: 'III.50',
      title: 'Một mục khác',
      source: { documentNumber: null, section: 'III.50', quotedText: 'Một mục khác.' },
    }).expect(201);
    await projectReadModels(api);
  });
  afterAll(() => api.close());

  it("records the plan's number when the client names no document, and null when it says there is none", async () => {
    const task = await api.http.get('/tasks/kh-495-iii-5-2').set(asStandingOffice).expect(200);
    expect(task.body.source).toEqual({
      documentNumber: '495/KH-UBND',
      section: 'III.5.2',
      quotedText: 'Xây dựng Kho dữ liệu (Data Warehouse) hoặc Hồ dữ liệu (Data Lake) cấp tỉnh.',
    });
    const other = await api.http.get('/tasks/kh-495-iii-50').set(asStandingOffice).expect(200);
    expect(other.body.source.documentNumber).toBeNull();
    // A task assigned without one has none.
    const older = await api.http.get('/tasks/kh-495-t1').set(asStandingOffice).expect(200);
    expect(older.body.source).toBeNull();
  });

  it('finds a task by its section and sub-sections, never a sibling that only starts alike', async () => {
    const ids = async (query: string) =>
      (await api.http.get(`/tasks?${query}`).set(asStandingOffice).expect(200)).body.items.map(
        (item: { taskId: string }) => item.taskId,
      );
    expect(await ids('section=III.5')).toEqual(['kh-495-iii-5-2']);
    expect(await ids('section=III.5.2')).toEqual(['kh-495-iii-5-2']);
    expect(await ids('section=III.50')).toEqual(['kh-495-iii-50']);
    expect(await ids('section=II')).toEqual(['kh-495-t1']);
    expect(await ids(`q=${encodeURIComponent('data lake')}`)).toEqual(['kh-495-iii-5-2']);
  });

  it('answers 400 naming section when it is not a section number', async () => {
    for (const bad of ['III.5.', '.5', 'III 5', '%', 'III.5%', 'x'.repeat(51)]) {
      const response = await api.http
        .get(`/tasks?section=${encodeURIComponent(bad)}`)
        .set(asStandingOffice)
        .expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['section']);
    }
  });

  it('answers 400 naming the field of a source without its section, or with too long a quote', async () => {
    const noSection = await assign({ title: 'Thiếu mục', source: { quotedText: 'Trích dẫn.' } }).expect(400);
    expect(noSection.body.errors.map((error: { field: string }) => error.field)).toContain('source.section');
    const tooLong = await assign({
      title: 'Trích dẫn quá dài',
      source: { section: 'III.1', quotedText: 'x'.repeat(4001) },
    }).expect(400);
    expect(tooLong.body.errors.map((error: { field: string }) => error.field)).toContain('source.quotedText');
    const unknown = await assign({
      title: 'Trường lạ',
      source: { section: 'III.1', quotedText: 'Trích dẫn.', page: 3 },
    }).expect(400);
    expect(unknown.body.errors.map((error: { field: string }) => error.field)).toContain('source.page');
  });
});
