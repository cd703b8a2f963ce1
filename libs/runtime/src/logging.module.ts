import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { loadConfig } from '@app/config';

const level = loadConfig().LOG_LEVEL;

/** Structured JSON logs; secrets never reach them. */
@Module({
  imports: [
    LoggerModule.forRoot({
      pinoHttp: {
        level,
        redact: {
          paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]', 'res.headers["set-cookie"]'],
          censor: '[redacted]',
        },
        customProps: (req: any) => ({ correlationId: req.correlationId }),
        autoLogging: { ignore: (req: any) => req.url === '/health' || req.url === '/metrics' },
      },
    }),
  ],
})
export class LoggingModule {}
