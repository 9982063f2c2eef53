import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import { fileUploadBody } from './file-upload-body.middleware';
import { jsonBodyOnly } from './json-body-only.middleware';
import { ProblemFilter } from './problem.filter';
import { createValidationPipe } from './validation-pipe';

/** Where the OpenAPI UI is served (and its document at docs/openapi.json). */
export const DOCS_ROUTE = 'docs';

/**
 * Everything the HTTP pipeline needs besides the modules, shared by main.ts and the
 * end-to-end tests so the tests exercise exactly what users get.
 */
export function configureHttpApp(app: INestApplication): INestApplication {
  app.useLogger(app.get(Logger));
  // An ETag here is a stream version, to be sent back as If-Match; Express's own weak
  // content hashes (W/"1a-…") would pose as one on answers that carry no version.
  (app.getHttpAdapter().getInstance() as { set(name: string, value: unknown): void }).set('etag', false);
  // Before NestJS's own body parsers (registered at init), which then find every body read:
  // the one file upload route reads its bytes, every other body is JSON.
  app.use(fileUploadBody(app.get<AppConfig>(APP_CONFIG).evidence.maxBytes));
  app.use(jsonBodyOnly());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('giaoviec')
      .setDescription(
        "Plans, tasks and KPI targets of the People's Committee of Huế city, recorded as events. " +
          'Commands answer with the stream version (also as ETag); send it back as If-Match to guard against lost updates, ' +
          'and an Idempotency-Key to make retries safe. Errors are RFC 9457 problem documents.',
      )
      .setVersion('0.1.0')
      .addBearerAuth({
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: 'From POST /auth/login',
      })
      // Per operation (with @Authorize), so that the public ones (login, health) say they need none.
      .build(),
  );
  SwaggerModule.setup(DOCS_ROUTE, app, document, { jsonDocumentUrl: `${DOCS_ROUTE}/openapi.json` });
  // NestJS's default address of the document, which the design and older clients name.
  app
    .getHttpAdapter()
    .get(`/${DOCS_ROUTE}-json`, (_request: unknown, response: { json(body: unknown): void }) =>
      response.json(document),
    );
  return app;
}
