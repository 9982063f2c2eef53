import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, AppConfig } from '@giaoviec/config';
import { CORRELATION_ID_HEADER, correlationIdFor } from '../request-context/correlation-id';

/** Structured JSON logs; every line of a request carries its correlation id (`req.id`). */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.log.level,
          genReqId: (request, response) => {
            const id = correlationIdFor(request);
            response.setHeader(CORRELATION_ID_HEADER, id);
            return id;
          },
          customProps: (request) => ({ correlationId: (request as { id?: unknown }).id }),
          redact: {
            paths: [
              'req.headers.authorization',
              'req.headers.cookie',
              'req.body.password',
              'req.body.currentPassword',
              'req.body.newPassword',
              'req.body.refreshToken',
              '*.password',
              '*.passwordHash',
              '*.password_hash',
              '*.currentPassword',
              '*.newPassword',
              '*.refreshToken',
              '*.accessToken',
            ],
            censor: '[redacted]',
          },
          transport: config.log.pretty ? { target: 'pino-pretty' } : undefined,
          autoLogging: { ignore: (request) => request.url === '/health' },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
