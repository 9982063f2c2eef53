import { FixedClock } from '@giaoviec/kernel';
import { DirectoryProjection } from '../directory/directory.projection';
import { TestEventLog } from '../testing/event-log';
import { directoryHistory, SO_TAI_CHINH, SO_Y_TE, TaskEvents } from '../testing/hue-fixtures';
import { ProjectionTestBed } from '../testing/projection-test-bed';
import { TaskListProjection } from './task-list.projection';
import { TaskListQueries, type TaskListFilter } from './task-list.queries';

const WAREHOUSE = {
  documentNumber: '495/KH-UBND',
  section: 'III.5, gạch đầu dòng 2',
  quotedText: 'Xây dựng Kho dữ liệu (Data Warehouse) hoặc Hồ dữ liệu (Data Lake) cấp tỉnh.',
};

describe('task list (rm_tasks): the source of each task', () => {
  let bed: ProjectionTestBed;
  let queries: TaskListQueries;
  let tasks: TaskEvents;

  const ids = async (filter: TaskListFilter) => (await queries.list(filter)).items.map((item) => item.taskId);
  const sourceColumns = async () =>
    (await bed.rows('rm_tasks', 'task_id')).map((row) => ({
      taskId: row.task_id,
      documentNumber: row.source_document_number,
      section: row.source_section,
      quotedText: row.source_quoted_text,
    }));

  beforeEach(async () => {
    bed = await ProjectionTestBed.start([new DirectoryProjection(), new TaskListProjection()]);
    queries = new TaskListQueries(bed.store, new FixedClock(new Date('2026-06-15T02:00:00.000Z')));
    const log = new TestEventLog();
    tasks = new TaskEvents(log);
    await bed.given(directoryHistory(log));
  });
  afterEach(() => bed.stop());

  it('keeps the document, section and quoted text through the life of the task; an older task has none', async () => {
    await bed.given([
      tasks.assigned('kho-du-lieu', { code: 'III.5.2', title: 'Xây dựng Kho dữ liệu', source: WAREHOUSE }),
      tasks.assigned('cu', { code: 'I.1', title: 'Nhiệm vụ giao trước khi ghi nguồn' }),
    ]);
    // Later events fold the row back from its columns: the source must survive them.
    await bed.given([
      tasks.acknowledged('kho-du-lieu', SO_TAI_CHINH),
      tasks.progress('kho-du-lieu', SO_TAI_CHINH, 'Đã khảo sát', '2026-06-10', 20),
      tasks.reassigned('kho-du-lieu', SO_TAI_CHINH, SO_Y_TE),
    ]);
    expect(await sourceColumns()).toEqual([
      { taskId: 'cu', documentNumber: null, section: null, quotedText: null },
      { taskId: 'kho-du-lieu', ...WAREHOUSE },
    ]);
  });

  it('finds a task by section and its sub-sections, on a dot boundary, by its code or its source', async () => {
    await bed.given([
      tasks.assigned('iii-5', { code: 'III.5', title: 'Phát triển dữ liệu số' }),
      tasks.assigned('iii-5-1', { code: 'III.5.1', title: 'Chiến lược dữ liệu' }),
      // The code is the seed's label; the source names the document's own place.
      tasks.assigned('bullet', { code: 'X.9', title: 'Kho dữ liệu', source: WAREHOUSE }),
      tasks.assigned('iii-50', { code: 'III.50', title: 'Không thuộc mục III.5' }),
      tasks.assigned('iii-5a', { code: 'III.5a', title: 'Không thuộc mục III.5' }),
      tasks.assigned('no-code', { code: null, title: 'Không có mã' }),
    ]);
    expect((await ids({ section: 'III.5' })).sort()).toEqual(['bullet', 'iii-5', 'iii-5-1']);
    expect(await ids({ section: 'III.5.1' })).toEqual(['iii-5-1']);
    expect(await ids({ section: 'III.50' })).toEqual(['iii-50']);
    expect(await ids({ section: 'X.9' })).toEqual(['bullet']);
    expect((await ids({ section: 'III' })).sort()).toEqual([
      'bullet',
      'iii-5',
      'iii-5-1',
      'iii-50',
      'iii-5a',
    ]);
    expect(await ids({ section: 'IV' })).toEqual([]);
    expect(await queries.list({ section: 'III.5' })).toMatchObject({ total: 3 });
  });

  it('finds a task by words of its quoted text, without accents', async () => {
    await bed.given([
      tasks.assigned('bullet', { code: 'III.5.2', title: 'Kho dữ liệu', source: WAREHOUSE }),
      tasks.assigned('other', { code: 'III.5.3', title: 'Số hóa dữ liệu' }),
    ]);
    expect(await ids({ search: 'data lake cap tinh' })).toEqual(['bullet']);
    expect(await ids({ search: 'du lieu' })).toHaveLength(2);
  });
});
