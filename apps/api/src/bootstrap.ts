import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication, NestExpressBodyParserOptionsFor } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { collectDefaultMetrics } from 'prom-client';
import { loadConfig } from '@app/config';
import { mountBullBoard, QUEUE_HANDLES } from '@app/corroboration';
import {
  answerProtocolErrorsWithProblems,
  API_KEY_SCHEME,
  Authenticator,
  ApiKeyRepository,
  createOpenApiDocument,
  correlationMiddleware,
  hashKey,
  JSON_BODY_LIMIT,
  noStoreForAuthenticated,
  requireHostHeader,
  requireJsonBodies,
  securityHeaders,
  verifyJsonBody,
} from '@app/http';
import { prepareDatabase } from '@app/runtime';
import { AppModule } from './app.module.js';
import { applyServerTimeouts, requestTimeout } from './request-timeout.js';
import { serveConsole } from './console/serve-console.js';

/** Builds the API app (migrated, documented, not yet listening); tests call this too. */
export async function createApiApp(opts: { logger?: boolean } = {}): Promise<NestExpressApplication> {
  const config = loadConfig();
  await prepareDatabase(config);
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bufferLogs: opts.logger !== false,
    bodyParser: false,
    ...(opts.logger === false ? { logger: false as const } : {}),
  });
  if (opts.logger !== false) app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  // Headers first, so every answer carries them, errors of the layers below included.
  app.use(securityHeaders());
  app.use(noStoreForAuthenticated);
  // Correlation ids next, so even a body that cannot be read is answered with one.
  app.use(correlationMiddleware);
  app.use(requireHostHeader);
  app.use(requestTimeout(config.REQUEST_TIMEOUT_MS));
  applyServerTimeouts(app.getHttpServer(), config.REQUEST_TIMEOUT_MS);
  // A request with a body is authenticated from its headers before the body is read.
  app.use(app.get(Authenticator).beforeBody());
  // Nest's types reserve `verify` for its rawBody option, which this app does not use.
  const json = { limit: JSON_BODY_LIMIT, type: ['application/json', 'application/*+json'], verify: verifyJsonBody };
  app.useBodyParser('json', json as NestExpressBodyParserOptionsFor<'json'>);
  app.use(requireJsonBodies);
  answerProtocolErrorsWithProblems(app.getHttpServer());
  app.enableShutdownHooks();
  const doc = new DocumentBuilder()
    .setTitle('claimtrail')
    .setDescription(
      'Attacks, claims of responsibility, retractions, denials and attributions, as an auditable event log.',
    )
    .setVersion('1')
    .addSecurity('bearer', API_KEY_SCHEME)
    .build();
  const keys = app.get(ApiKeyRepository);
  const bootstrapHash = config.CLAIMTRAIL_ADMIN_KEY ? hashKey(config.CLAIMTRAIL_ADMIN_KEY) : null;
  mountBullBoard(app, '/admin/queues', app.get(QUEUE_HANDLES), {
    roleOf: async (key) =>
      bootstrapHash && hashKey(key).equals(bootstrapHash) ? 'admin' : ((await keys.findActive(key))?.role ?? null),
  });
  serveConsole(app);
  SwaggerModule.setup('docs', app, () => createOpenApiDocument(app, doc), { jsonDocumentUrl: 'docs-json' });
  return app;
}

let metricsStarted = false;
export function startDefaultMetrics(): void {
  if (metricsStarted) return;
  metricsStarted = true;
  collectDefaultMetrics();
}
