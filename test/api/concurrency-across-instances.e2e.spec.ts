import { startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import { asFinance, givenAssignedTask } from '../support/hue-fixtures';

/**
 * Inside one process, commands on a stream queue behind each other; across processes only
 * optimistic concurrency protects the stream. Two API instances on one database stand for
 * two replicas behind a load balancer.
 */
describe('concurrent commands on one task across two API instances', () => {
  let first: ApiTestApp;
  let second: ApiTestApp;
  let taskId: string;

  beforeAll(async () => {
    first = await startApiTestApp();
    second = await startApiTestApp({ schema: first.schema });
    ({ taskId } = await givenAssignedTask(first));
    await first.http.post(`/tasks/${taskId}/acknowledge`).set(asFinance).send({}).expect(200);
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('never loses or duplicates an event when 200 commands race through both instances', async () => {
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        (index % 2 === 0 ? first : second).http
          .post(`/tasks/${taskId}/progress`)
          .set(asFinance)
          .send({ summary: `Báo cáo ${index}` }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(200).fill(201));
    const { version, events } = await first.store.readStream(`task-${taskId}`);
    expect(version).toBe(202);
    expect(events.map((event) => event.streamVersion)).toEqual(Array.from({ length: 202 }, (_, i) => i + 1));
    const summaries = events
      .filter((e) => e.type === 'ProgressReported')
      .map((e) => (e.data as { summary: string }).summary);
    expect(new Set(summaries).size).toBe(200);
    expect(new Set(responses.map((response) => response.body.version)).size).toBe(200);
  });
});
