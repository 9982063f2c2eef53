import { startApiTestApp, type ApiTestApp } from '../support/api-test-app';
import { asAdmin, asStandingOffice, givenAssignedTask } from '../support/hue-fixtures';

/**
 * Hostile input to every parameter of every route the OpenAPI document lists, as the
 * standing office and as an administrator (so that most requests get past authorization
 * and reach validation and the database): never a 5xx. What a client sends wrong is a 4xx.
 */
type Schema = { $ref?: string; type?: string; properties?: Record<string, Schema>; items?: Schema };
interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
}
interface Operation {
  readonly parameters?: Parameter[];
  readonly requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface OpenApiDocument {
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components: { schemas: Record<string, Schema> };
}

const HUGE = 'x'.repeat(100_000);
/** Values for a path segment, as sent on the wire (already percent-encoded). */
const HOSTILE_PATH_SEGMENTS = [
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%ZZ',
  '%C0%AF',
  '..%2F..%2Fetc',
  HUGE.slice(0, 5000),
];
/** Values for a query parameter, as sent on the wire: NUL, a lone surrogate, bad escapes… */
const HOSTILE_QUERY_VALUES = ['%00', 'a%00b', '%ED%A0%80', '%ZZ', HUGE, '1e309', '2026-02-30', '-1'];
/** Values for a header (only printable ASCII crosses the wire in a header). */
const HOSTILE_HEADER_VALUES = [HUGE.slice(0, 8000), '1e309', '2026-02-30', '-1', '"', '*', 'W/"x"'];
const deeplyNested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
/** Values for a JSON body property, as raw JSON text. */
const HOSTILE_JSON_VALUES = [
  '"\\u0000"',
  '"a\\u0000b"',
  '"\\ud800"',
  JSON.stringify(HUGE),
  '1e309',
  '"2026-02-30"',
  '-0',
  '[]',
  '{}',
  deeplyNested(50),
];

/** Of those, the values no field of any route may hold: a 400 for them must name the field. */
const NO_FIELD_HOLDS = ['"\\u0000"', '"a\\u0000b"', '"\\ud800"', JSON.stringify(HUGE), '1e309'];

function resolve(document: OpenApiDocument, schema: Schema | undefined): Schema | undefined {
  if (!schema?.$ref) return schema;
  return document.components.schemas[schema.$ref.replace('#/components/schemas/', '')];
}

describe('hostile input to every route of the OpenAPI document', () => {
  let api: ApiTestApp;
  let document: OpenApiDocument;
  let taskId: string;

  beforeAll(async () => {
    api = await startApiTestApp();
    ({ taskId } = await givenAssignedTask(api));
    document = (await api.http.get('/docs/openapi.json').expect(200)).body as OpenApiDocument;
  });
  afterAll(() => api?.close());

  /** The path with real ids where it names them, so that only the parameter under test is hostile. */
  const pathWith = (template: string, hostile?: { name: string; value: string }) =>
    template.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (hostile?.name === name) return hostile.value;
      if (name === 'taskId') return encodeURIComponent(taskId);
      if (name === 'planId') return 'kh-495';
      if (name === 'agencyId') return 'so-tai-chinh';
      return 'khong-co';
    });

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );

  async function send(
    method: string,
    url: string,
    options: { headers?: Record<string, string>; body?: string; contentType?: string } = {},
  ): Promise<Array<{ status: number; body: { errors?: Array<{ field: string }> } }>> {
    const answers: Array<{ status: number; body: { errors?: Array<{ field: string }> } }> = [];
    for (const actor of [asStandingOffice, asAdmin]) {
      let call = api.http[method as 'get'](url).set(actor).set('Accept-Language', 'vi');
      for (const [name, value] of Object.entries(options.headers ?? {})) call = call.set(name, value);
      if (options.body !== undefined) {
        call = call.set('Content-Type', options.contentType ?? 'application/json').send(options.body);
      }
      const { status, body } = await call;
      answers.push({ status, body });
    }
    return answers;
  }

  const fieldsOf = (body: { errors?: Array<{ field: string; codes?: string[] }> }) =>
    (body.errors ?? []).map((error) => [error.field, ...(error.codes ?? [])]);

  it('refuses text no field can hold at the edge, with a 400 naming the field', async () => {
    const asked = async (call: ReturnType<typeof api.http.get>) => {
      const response = await call.set(asStandingOffice);
      return [response.status, fieldsOf(response.body)];
    };
    expect(await asked(api.http.get('/tasks?agencyId=%00'))).toEqual([400, [['agencyId', 'noNulCharacter']]]);
    expect(await asked(api.http.get('/audit?planId=a%00b'))).toEqual([400, [['planId', 'noNulCharacter']]]);
    expect(await asked(api.http.get('/tasks/%00'))).toEqual([400, [['taskId', 'noNulCharacter']]]);
    // Not even UTF-8: the router cannot decode it to a parameter, so it has no name yet.
    const undecodable = await api.http.get('/plans/%ED%A0%80').set(asStandingOffice);
    expect([undecodable.status, undecodable.body.rule]).toEqual([400, 'request.malformed']);
    expect(
      await asked(
        api.http
          .post(`/tasks/${encodeURIComponent(taskId)}/progress`)
          .set('Content-Type', 'application/json')
          .send('{"text":"B\\u00e1o c\\u00e1o\\u0000","percentComplete":10}'),
      ),
    ).toEqual([400, [['text', 'noNulCharacter']]]);
    expect(
      await asked(
        api.http.post('/plans').set('Content-Type', 'application/json').send('{"signer":{"name":"\\udc00"}}'),
      ),
    ).toEqual([400, [['signer.name', 'wellFormedUnicode']]]);
    expect(
      await asked(api.http.post('/plans').set('Content-Type', 'application/json').send({ title: HUGE })),
    ).toEqual([400, [['title', 'maxLength']]]);
    expect(
      await asked(api.http.post('/plans').set('Content-Type', 'application/json').send(deeplyNested(40))),
    ).toEqual([400, [['a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a', 'nestingDepth']]]);
    const tooDeep = await api.http
      .post('/plans')
      .set(asStandingOffice)
      .set('Content-Type', 'application/json')
      .send(deeplyNested(15_000));
    expect([tooDeep.status, fieldsOf(tooDeep.body)[0]?.at(-1)]).toEqual([400, 'nestingDepth']);
    const deepest = await api.http
      .post('/plans')
      .set(asStandingOffice)
      .set('Content-Type', 'application/json')
      .send(deeplyNested(100_000));
    expect([deepest.status, fieldsOf(deepest.body)[0]?.at(-1)]).toEqual([400, 'nestingDepth']);
    const tooLarge = await api.http
      .post('/plans')
      .set(asStandingOffice)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ title: 'x'.repeat(1_100_000) }));
    expect([tooLarge.status, tooLarge.body.rule]).toEqual([413, 'request.body_too_large']);
    const charset = await api.http
      .post('/plans')
      .set(asStandingOffice)
      .set('Content-Type', 'application/json; charset=klingon')
      .send('{}');
    expect([charset.status, charset.body.rule]).toEqual([415, 'request.unsupported_charset']);
  });

  it('reads a body only as a JSON object, naming the header or the body when it is not one', async () => {
    const acknowledge = () =>
      api.http.post(`/tasks/${encodeURIComponent(taskId)}/acknowledge`).set(asStandingOffice);
    // Form fields were read as fields and refused as "unknown" ones the client never meant to send.
    for (const [contentType, body] of [
      ['application/x-www-form-urlencoded', 'note=x&issuedOn=2026-02-30'],
      ['text/plain', 'xin chào'],
      ['application/xml', '<note>x</note>'],
      [
        'multipart/form-data; boundary=b',
        '--b\r\nContent-Disposition: form-data; name="note"\r\n\r\nx\r\n--b--',
      ],
    ]) {
      const response = await acknowledge().set('Content-Type', contentType).send(body);
      expect([response.status, response.body.rule, fieldsOf(response.body)]).toEqual([
        415,
        'request.unsupported_media_type',
        [['Content-Type', 'jsonMediaType']],
      ]);
    }
    for (const body of ['[1,2]', '"x"', '42', 'null']) {
      const response = await acknowledge().set('Content-Type', 'application/json').send(body);
      expect([response.status, fieldsOf(response.body)]).toEqual([400, [['body', 'isJsonObject']]]);
    }
    const broken = await acknowledge().set('Content-Type', 'application/json').send('{"note": ');
    expect([broken.status, broken.body.rule, broken.body.detail]).toEqual([
      400,
      'request.body_not_json',
      'The body is not valid JSON.',
    ]);
    // In Vietnamese, the header is named as a header.
    const vietnamese = await acknowledge()
      .set('Accept-Language', 'vi')
      .set('Content-Type', 'text/plain')
      .send('x');
    expect(vietnamese.body.detail).toMatch(/Tiêu đề Content-Type: phải là application\/json/);
    // A command without a body, or with JSON's own +json types, is read as before.
    const plain = await api.http.get('/plans').set(asStandingOffice).set('Content-Type', 'text/plain');
    expect(plain.status).toBe(200);
  });

  it('answers no 5xx to hostile path, query and header values', async () => {
    const failures: string[] = [];
    for (const { path, method, operation } of operations()) {
      for (const parameter of operation.parameters ?? []) {
        const values =
          parameter.in === 'path'
            ? HOSTILE_PATH_SEGMENTS
            : parameter.in === 'query'
              ? [...HOSTILE_QUERY_VALUES, `x&${parameter.name}=y`]
              : HOSTILE_HEADER_VALUES;
        for (const value of values) {
          const url =
            parameter.in === 'path'
              ? pathWith(path, { name: parameter.name, value })
              : parameter.in === 'query'
                ? `${pathWith(path)}?${parameter.name}=${value}`
                : pathWith(path);
          const headers = parameter.in === 'header' ? { [parameter.name]: value } : undefined;
          const statuses = (await send(method, url, { headers })).map((answer) => answer.status);
          if (statuses.some((status) => status >= 500)) {
            failures.push(
              `${method.toUpperCase()} ${path} ${parameter.in} ${parameter.name}=${value.slice(0, 20)} → ${statuses}`,
            );
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it('answers no 5xx to hostile JSON body values, malformed bodies and wrong content types', async () => {
    const failures: string[] = [];
    const misnamed: string[] = [];
    const isAbout = (property: string) => (field: string) =>
      field === property || field.startsWith(`${property}.`) || field.startsWith(`${property}[`);
    const wholeBodies: Array<[label: string, body: string, contentType: string]> = [
      ['nested 100,000 deep', deeplyNested(100_000), 'application/json'],
      ['not JSON', '{"a": ', 'application/json'],
      ['text/plain', 'xin chào', 'text/plain'],
      ['XML', '<task><title>x</title></task>', 'application/xml'],
      ['form-encoded', 'title=x&dueDate=2026-02-30', 'application/x-www-form-urlencoded'],
      ['unknown charset', '{"title":"x"}', 'application/json; charset=klingon'],
      ['a JSON array', '[1,2,3]', 'application/json'],
      ['a JSON string', '"x"', 'application/json'],
      ['NUL in a key', '{"a\\u0000":1}', 'application/json'],
    ];
    for (const { path, method, operation } of operations()) {
      const schema = resolve(document, operation.requestBody?.content?.['application/json']?.schema);
      if (!operation.requestBody) continue;
      const url = pathWith(path);
      for (const property of Object.keys(schema?.properties ?? {})) {
        for (const value of HOSTILE_JSON_VALUES) {
          const answers = await send(method, url, { body: `{"${property}":${value}}` });
          const statuses = answers.map((answer) => answer.status);
          if (statuses.some((status) => status >= 500)) {
            failures.push(
              `${method.toUpperCase()} ${path} body.${property}=${value.slice(0, 20)} → ${statuses}`,
            );
          }
          // A 400 about the fields names the one sent wrong, whatever else it also names.
          for (const answer of answers) {
            const named = (answer.body.errors ?? []).map((error: { field: string }) => error.field);
            const refusedEverywhere = NO_FIELD_HOLDS.includes(value);
            if (refusedEverywhere && answer.status === 400 && !named.some(isAbout(property))) {
              misnamed.push(
                `${method.toUpperCase()} ${path} body.${property}=${value.slice(0, 20)} → names ${named}`,
              );
            }
          }
        }
      }
      for (const [label, body, contentType] of wholeBodies) {
        const statuses = (await send(method, url, { body, contentType })).map((answer) => answer.status);
        if (statuses.some((status) => status >= 500)) {
          failures.push(`${method.toUpperCase()} ${path} ${label} → ${statuses}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(misnamed).toEqual([]);
  }, 600_000);
});
